package io.briefcheck.analysis.campaign;

/**
 * Money and click figures of a post's results. Each returns null when a figure it needs is unknown
 * or its denominator is not above zero, so a rule can say "cannot be computed" instead of NaN.
 */
public final class CampaignMetrics {
    private CampaignMetrics() {
    }

    /** Click-through rate in %: clicks / impressions × 100, else clicks / reach × 100. */
    public static Double ctr(Long clicks, Long impressions, Long reach) {
        if (impressions != null && impressions > 0) return Engagement.percent(clicks, impressions);
        return Engagement.percent(clicks, reach);
    }

    /** What {@link #ctr} divided by: "impressions", "reach", or null when it could not be computed. */
    public static String ctrBase(Long clicks, Long impressions, Long reach) {
        if (clicks == null) return null;
        if (impressions != null && impressions > 0) return "impressions";
        if (reach != null && reach > 0) return "reach";
        return null;
    }

    /** Cost per thousand impressions: cost / impressions × 1000. */
    public static Double cpm(Double cost, Long impressions) {
        if (cost == null || impressions == null || impressions <= 0) return null;
        return cost / impressions * 1000.0;
    }

    /** Cost per engagement: cost / (likes + comments + saves + shares). */
    public static Double costPerEngagement(Double cost, Long interactions) {
        if (cost == null || interactions == null || interactions <= 0) return null;
        return cost / interactions;
    }

    /** Return on investment in %: (revenue - cost) / cost × 100. */
    public static Double roi(Double revenue, Double cost) {
        if (revenue == null || cost == null || cost <= 0) return null;
        return (revenue - cost) / cost * 100.0;
    }
}
