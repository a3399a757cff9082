package io.briefcheck.model;

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
}
