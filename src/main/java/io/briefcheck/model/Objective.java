package io.briefcheck.model;

import java.util.Objects;

public record Objective(Source source, ObjectiveType type, String description) implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Objective other && Objects.equals(source, other.source)
                && Objects.equals(type, other.type) && Objects.equals(description, other.description);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
