package io.briefcheck.model;

import java.util.Objects;

public record Audit(Source source, String tool, Double authenticFollowersPct, Double massFollowersPct)
        implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Audit other && Objects.equals(source, other.source)
                && Objects.equals(tool, other.tool)
                && Objects.equals(authenticFollowersPct, other.authenticFollowersPct)
                && Objects.equals(massFollowersPct, other.massFollowersPct);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
