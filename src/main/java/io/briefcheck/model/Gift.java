package io.briefcheck.model;

import java.util.Objects;

/** {@code gift:} on a post — the product was free; {@code unsolicited} when the brand sent it without asking for a post. */
public record Gift(Source source, Boolean unsolicited) implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Gift other && Objects.equals(source, other.source)
                && Objects.equals(unsolicited, other.unsolicited);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
