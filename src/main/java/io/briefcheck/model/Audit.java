package io.briefcheck.model;

public record Audit(Source source, String tool, Double authenticFollowersPct, Double massFollowersPct)
        implements Located {
}
