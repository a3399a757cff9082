package io.briefcheck.model;

public record Relationship(Source source, RelationshipType type, Integer durationMonths) implements Located {
}
