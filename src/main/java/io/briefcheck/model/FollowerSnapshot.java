package io.briefcheck.model;

import java.time.LocalDate;

public record FollowerSnapshot(Source source, LocalDate date, Long followers) implements Located {
}
