package io.briefcheck.model;

import java.time.LocalDate;

public record Deliverable(Source source, Platform platform, Format format, Integer count, LocalDate due)
        implements Located {
}
