package io.briefcheck.analysis.campaign;

import io.briefcheck.model.Brief;
import io.briefcheck.model.Influencer;
import io.briefcheck.model.Located;
import io.briefcheck.model.Source;
import java.util.List;

/**
 * One creator as the rules see them: a brief's roster entry and a separate {@code kind: influencer}
 * profile with the same handle and platform are merged into {@code creator} (the profile's figures
 * win, the roster fills gaps). {@code brief} is the brief whose roster names them, or null for a
 * profile no brief in the run mentions. Figures the data cannot give are null.
 *
 * @param source         where to report: the profile when there is one, else the roster entry
 * @param engagementRate (likes + comments + saves + shares) / followers × 100
 * @param engagementFloor the fake-follower floor for this platform and tier, in %
 * @param growth         each stretch between consecutive follower snapshots
 * @param rateLow        typical fee range for this tier and platform, or null when the data has none
 */
public record CreatorStats(Source source, Influencer creator, Influencer roster, Influencer profile, Brief brief,
                           String tier, Double engagementRate, double engagementFloor, List<FollowerGrowth> growth,
                           Double rateLow, Double rateHigh, String ratePer) implements Located {

    public String handle() {
        String h = creator.handle() == null ? "" : creator.handle().strip();
        return h.startsWith("@") ? h : "@" + h;
    }

    /** True when the profile says how people react (likes, comments, saves or shares), not only how many follow or see. */
    public boolean hasEngagementData() {
        return creator.avgLikes() != null || creator.avgComments() != null || creator.avgSaves() != null
                || creator.avgShares() != null;
    }
}
