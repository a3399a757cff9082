package io.briefcheck.model;

import java.time.LocalDate;
import java.util.Objects;

public record Deliverable(Source source, Platform platform, Format format, Integer count, LocalDate due)
        implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Deliverable other && Objects.equals(source, other.source)
                && Objects.equals(platform, other.platform) && Objects.equals(format, other.format)
                && Objects.equals(count, other.count) && Objects.equals(due, other.due);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
