package io.briefcheck.analysis.campaign;

/**
 * Engagement rates, in percent. A rate needs a denominator above zero: with no followers or no
 * reach the rate is unknown (null), never NaN or infinity, and the rules say so in words.
 */
public final class Engagement {
    private Engagement() {
    }

    /** likes + comments + saves + shares, missing counts as 0; null when none of them is known. */
    public static Long interactions(Long likes, Long comments, Long saves, Long shares) {
        if (likes == null && comments == null && saves == null && shares == null) return null;
        return zero(likes) + zero(comments) + zero(saves) + zero(shares);
    }

    /** Engagement rate by followers: (likes + comments + saves + shares) / followers × 100. */
    public static Double byFollowers(Long likes, Long comments, Long saves, Long shares, Long followers) {
        return percent(interactions(likes, comments, saves, shares), followers);
    }

    /** Engagement rate by reach (ERR): (likes + comments + saves) / reach × 100. Shares do not count. */
    public static Double byReach(Long likes, Long comments, Long saves, Long reach) {
        return percent(interactions(likes, comments, saves, null), reach);
    }

    /** part / whole × 100, or null when either is unknown or the whole is not above zero. */
    static Double percent(Number part, Number whole) {
        if (part == null || whole == null || whole.doubleValue() <= 0) return null;
        return part.doubleValue() / whole.doubleValue() * 100.0;
    }

    private static long zero(Long v) {
        return v == null ? 0 : v;
    }
}
