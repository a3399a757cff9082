package io.briefcheck.model;

import java.util.Objects;

/**
 * How a label on a Story frame looks ({@code frames[].label}): {@code contrast: low}, {@code size: small}
 * or {@code obscured: true} (under the app's buttons or stickers) make it unreadable, as the ASA has ruled.
 */
public record OnScreenLabel(Source source, Contrast contrast, LabelSize size, Boolean obscured) implements Located {

    public enum Contrast implements Coded { LOW, OK }

    public enum LabelSize implements Coded { SMALL, OK }

    public boolean readable() {
        return contrast != Contrast.LOW && size != LabelSize.SMALL && !Boolean.TRUE.equals(obscured);
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof OnScreenLabel other && Objects.equals(source, other.source)
                && Objects.equals(contrast, other.contrast) && Objects.equals(size, other.size)
                && Objects.equals(obscured, other.obscured);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
