package io.briefcheck.model;

import java.util.List;
import java.util.Objects;

public record UsageRights(Source source, List<String> channels, Integer durationMonths) implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof UsageRights other && Objects.equals(source, other.source)
                && Objects.equals(channels, other.channels) && Objects.equals(durationMonths, other.durationMonths);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
