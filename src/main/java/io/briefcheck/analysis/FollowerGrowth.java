package io.briefcheck.analysis;

import io.briefcheck.model.FollowerSnapshot;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;

/**
 * The fastest growth between two consecutive follower snapshots, in followers per day. Organic
 * growth is slow; a jump far above it is a fake-follower signal.
 */
public record FollowerGrowth(FollowerSnapshot from, FollowerSnapshot to, long gained, long days, double perDay) {

    /** The fastest stretch of growth in a history (in any order), or null with fewer than two dated snapshots. */
    public static FollowerGrowth fastest(List<FollowerSnapshot> history) {
        if (history == null) return null;
        List<FollowerSnapshot> dated = history.stream().filter(s -> s.date() != null && s.followers() != null)
                .sorted(Comparator.comparing(FollowerSnapshot::date)).toList();
        FollowerGrowth best = null;
        for (int i = 1; i < dated.size(); i++) {
            FollowerSnapshot a = dated.get(i - 1);
            FollowerSnapshot b = dated.get(i);
            long days = ChronoUnit.DAYS.between(a.date(), b.date());
            if (days <= 0) continue;
            long gained = b.followers() - a.followers();
            double perDay = (double) gained / days;
            if (best == null || perDay > best.perDay()) best = new FollowerGrowth(a, b, gained, days, perDay);
        }
        return best;
    }
}
