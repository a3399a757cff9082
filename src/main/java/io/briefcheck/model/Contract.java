package io.briefcheck.model;

public record Contract(Source source, Boolean provided, String template, UsageRights usageRights,
                       String exclusivity) implements Located {
}
