package io.briefcheck.model;

public record Kpi(Source source, KpiMetric metric, Amount target) implements Located {
}
