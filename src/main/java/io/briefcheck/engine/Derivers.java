package io.briefcheck.engine;

import io.briefcheck.analysis.BriefGapsDeriver;
import io.briefcheck.analysis.CreatorStatsDeriver;
import io.briefcheck.analysis.DisclosureDeriver;
import io.briefcheck.analysis.PostMetricsDeriver;
import java.util.List;

/** Every {@link Deriver}, run in this order for each group before its rules fire. */
final class Derivers {
    private Derivers() {
    }

    static final List<Deriver> ALL = List.of(new CreatorStatsDeriver(), new PostMetricsDeriver(), new BriefGapsDeriver(),
            new DisclosureDeriver());
}
