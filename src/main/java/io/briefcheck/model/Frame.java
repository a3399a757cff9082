package io.briefcheck.model;

/** One story frame. */
public record Frame(Source source, String onScreenText, Double durationS) implements Located {
}
