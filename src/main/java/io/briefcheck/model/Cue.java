package io.briefcheck.model;

/** A line of transcript or on-screen text, with when it appears. */
public record Cue(Source source, Timestamp at, Timestamp until, String text) implements Located {
}
