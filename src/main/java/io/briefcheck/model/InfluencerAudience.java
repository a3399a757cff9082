package io.briefcheck.model;

import java.util.List;
import java.util.Objects;

public record InfluencerAudience(Source source, List<String> countries, String age, Boolean children)
        implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof InfluencerAudience other && Objects.equals(source, other.source)
                && Objects.equals(countries, other.countries) && Objects.equals(age, other.age)
                && Objects.equals(children, other.children);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
