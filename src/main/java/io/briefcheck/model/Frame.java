package io.briefcheck.model;

import java.util.Objects;

/**
 * One story frame. {@code legible: false}, or a {@code label} marked low contrast, small or obscured,
 * means the frame's text cannot be read as a label (it does not count as a disclosure). {@code image}: the
 * frame as a PNG or JPEG, read for its on-screen text and label.
 */
public record Frame(Source source, String onScreenText, Double durationS, Boolean legible, OnScreenLabel label,
                    Attachment image)
        implements Located {

    /** False when the frame's text is marked hard to read. */
    public boolean readable() {
        return !Boolean.FALSE.equals(legible) && (label == null || label.readable());
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Frame other && Objects.equals(source, other.source)
                && Objects.equals(onScreenText, other.onScreenText) && Objects.equals(durationS, other.durationS)
                && Objects.equals(legible, other.legible) && Objects.equals(label, other.label)
                && Objects.equals(image, other.image);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
