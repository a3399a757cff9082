package io.briefcheck.analysis;

import io.briefcheck.engine.Deriver;
import io.briefcheck.analysis.campaign.CampaignCostDeriver;
import io.briefcheck.analysis.campaign.EvidenceDeriver;
import io.briefcheck.analysis.campaign.FillerTextDeriver;
import io.briefcheck.analysis.campaign.CreatorStatsDeriver;
import io.briefcheck.analysis.campaign.PlaceholderDeriver;
import io.briefcheck.analysis.disclosure.DisclosureDeriver;
import io.briefcheck.analysis.campaign.PostMetricsDeriver;
import java.util.List;

/**
 * Every {@link Deriver} of the analysis, handed to the engine when it is built (the engine knows no
 * analysis of its own). Each sees one group's input facts; none depends on another's output.
 */
public final class Derivers {
    private Derivers() {
    }

    public static final List<Deriver> ALL = List.of(new CreatorStatsDeriver(), new PostMetricsDeriver(), new FillerTextDeriver(),
            new PlaceholderDeriver(), new EvidenceDeriver(), new CampaignCostDeriver(), new DisclosureDeriver());
}
