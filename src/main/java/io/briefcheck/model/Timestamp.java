package io.briefcheck.model;

import java.util.Objects;

/** A moment in a video, written "m:ss", "h:mm:ss" or as seconds. */
public record Timestamp(double seconds, String text) {
    @Override
    public String toString() {
        return text;
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Timestamp other && Double.compare(seconds, other.seconds) == 0
                && Objects.equals(text, other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(seconds, text);
    }
}
