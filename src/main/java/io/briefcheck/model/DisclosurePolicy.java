package io.briefcheck.model;

/** The brief's {@code disclosure:} section: what it asks creators to do. */
public record DisclosurePolicy(Source source, Boolean required, String label, Placement placement,
                               Boolean verbal) implements Located {
}
