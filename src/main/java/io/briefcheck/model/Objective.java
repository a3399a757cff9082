package io.briefcheck.model;

public record Objective(Source source, ObjectiveType type, String description) implements Located {
}
