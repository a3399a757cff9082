package io.briefcheck.model;

import java.util.Objects;

/** A claim creators may make, with the evidence behind it. */
public record BriefClaim(Source source, String text, String substantiation) implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof BriefClaim other && Objects.equals(source, other.source)
                && Objects.equals(text, other.text) && Objects.equals(substantiation, other.substantiation);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
