package io.briefcheck.engine;

import io.briefcheck.analysis.campaign.FillerTextDeriver;
import io.briefcheck.analysis.campaign.CreatorStatsDeriver;
import io.briefcheck.analysis.disclosure.DisclosureDeriver;
import io.briefcheck.analysis.campaign.PostMetricsDeriver;
import java.util.List;

/** Every {@link Deriver}, run in this order for each group before its rules fire. */
final class Derivers {
    private Derivers() {
    }

    static final List<Deriver> ALL = List.of(new CreatorStatsDeriver(), new PostMetricsDeriver(), new FillerTextDeriver(),
            new DisclosureDeriver());
}
