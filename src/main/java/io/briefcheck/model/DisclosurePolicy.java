package io.briefcheck.model;

import java.util.Objects;

/** The brief's {@code disclosure:} section: what it asks creators to do. */
public record DisclosurePolicy(Source source, Boolean required, String label, Placement placement,
                               Boolean verbal) implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof DisclosurePolicy other && Objects.equals(source, other.source)
                && Objects.equals(required, other.required) && Objects.equals(label, other.label)
                && Objects.equals(placement, other.placement) && Objects.equals(verbal, other.verbal);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
