package io.briefcheck.model;

import java.util.List;

public record UsageRights(Source source, List<String> channels, Integer durationMonths) implements Located {
}
