package io.briefcheck.analysis.campaign;

import io.briefcheck.model.Brief;
import io.briefcheck.model.Kpi;

/**
 * Where a brief's KPI stands, from all the results documents of its posts: {@code actual} in the
 * KPI's own unit (a sum for counts, a rate in % for err, ctr, story_completion and roi), or null when
 * the results do not hold the figure. {@code posts} is how many results documents were counted.
 */
public record KpiProgress(Brief brief, Kpi kpi, Double actual, int posts) {
}
