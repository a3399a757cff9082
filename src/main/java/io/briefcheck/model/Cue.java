package io.briefcheck.model;

/**
 * A line of transcript or on-screen text, with when it appears. {@code legible: false} marks on-screen
 * text that cannot be read (too small, low contrast, under the app's buttons): it does not count as a label.
 */
public record Cue(Source source, Timestamp at, Timestamp until, String text, Boolean legible) implements Located {

    public boolean readable() {
        return !Boolean.FALSE.equals(legible);
    }
}
