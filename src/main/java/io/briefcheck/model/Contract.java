package io.briefcheck.model;

import java.util.Objects;

public record Contract(Source source, Boolean provided, String template, UsageRights usageRights,
                       String exclusivity) implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Contract other && Objects.equals(source, other.source)
                && Objects.equals(provided, other.provided) && Objects.equals(template, other.template)
                && Objects.equals(usageRights, other.usageRights) && Objects.equals(exclusivity, other.exclusivity);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
