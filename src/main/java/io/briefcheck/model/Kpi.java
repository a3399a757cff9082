package io.briefcheck.model;

import java.util.Objects;

public record Kpi(Source source, KpiMetric metric, Amount target) implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Kpi other && Objects.equals(source, other.source)
                && Objects.equals(metric, other.metric) && Objects.equals(target, other.target);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
