package io.briefcheck.model;

import java.util.Objects;

public record Relationship(Source source, RelationshipType type, Integer durationMonths) implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Relationship other && Objects.equals(source, other.source)
                && Objects.equals(type, other.type) && Objects.equals(durationMonths, other.durationMonths);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
