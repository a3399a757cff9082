package io.briefcheck.model;

import java.util.Objects;

/**
 * A line of transcript or on-screen text, with when it appears. {@code legible: false} marks on-screen
 * text that cannot be read (too small, low contrast, under the app's buttons): it does not count as a label.
 */
public record Cue(Source source, Timestamp at, Timestamp until, String text, Boolean legible) implements Located {

    public boolean readable() {
        return !Boolean.FALSE.equals(legible);
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Cue other && Objects.equals(source, other.source)
                && Objects.equals(at, other.at) && Objects.equals(until, other.until)
                && Objects.equals(text, other.text) && Objects.equals(legible, other.legible);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
