package io.briefcheck.load;

/** Something wrong with the input itself, found by the loader, with where it is. */
public record Problem(InputRule rule, Position at, String path, String message, String fix) {
}
