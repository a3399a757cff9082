package io.briefcheck.analysis.campaign;

import static io.briefcheck.analysis.campaign.PostMetricsDeriver.sum;

import io.briefcheck.model.KpiMetric;
import io.briefcheck.model.Results;
import java.util.List;

/**
 * A campaign's actual figure for one KPI metric over all its results: counts are summed, rates are
 * recomputed from the summed parts (so a post with a large reach weighs more than a small one).
 */
final class KpiActuals {
    private KpiActuals() {
    }

    static Double of(KpiMetric metric, List<Results> results) {
        return switch (metric) {
            case REACH -> sum(results, Results::reach);
            case IMPRESSIONS -> sum(results, Results::impressions);
            case CONVERSIONS, SALES -> sum(results, Results::conversions);
            case DISCOUNT_CODE_USES -> sum(results, Results::discountCodeUses);
            case WEBSITE_TRAFFIC -> sum(results, Results::clicks);
            case LIKES -> sum(results, Results::likes);
            case ERR -> err(results);
            case CTR -> ctr(results);
            case STORY_COMPLETION -> completion(results);
            case ROI -> roi(results);
            case FOLLOWERS -> null;
        };
    }

    private static Double err(List<Results> results) {
        List<Results> withReach = results.stream().filter(r -> r.reach() != null && r.reach() > 0).toList();
        Double engaged = sum(withReach, r -> Engagement.interactions(r.likes(), r.comments(), r.saves(), null));
        return Engagement.percent(engaged, sum(withReach, Results::reach));
    }

    private static Double ctr(List<Results> results) {
        double clicks = 0, base = 0;
        boolean any = false;
        for (Results r : results) {
            if (r.clicks() == null) continue;
            Long denominator = r.impressions() != null && r.impressions() > 0 ? r.impressions() : r.reach();
            if (denominator == null || denominator <= 0) continue;
            clicks += r.clicks();
            base += denominator;
            any = true;
        }
        return any ? Engagement.percent(clicks, base) : null;
    }

    /** Viewers who reached the last frame over viewers of the first, across all story results. */
    private static Double completion(List<Results> results) {
        double first = 0, last = 0;
        for (Results r : results) {
            if (StoryCompletion.of(r.frameViews()) == null) continue;
            first += r.frameViews().get(0);
            last += r.frameViews().get(r.frameViews().size() - 1);
        }
        return Engagement.percent(last, first);
    }

    private static Double roi(List<Results> results) {
        List<Results> priced = results.stream().filter(r -> r.revenue() != null && r.cost() != null).toList();
        return CampaignMetrics.roi(sum(priced, Results::revenue), sum(priced, Results::cost));
    }
}
