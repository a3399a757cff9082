package io.briefcheck.analysis.campaign;

import io.briefcheck.model.FollowerSnapshot;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Growth between two consecutive follower snapshots, in followers per day. Organic growth is slow;
 * a jump far above it, with no note to explain it, is a fake-follower signal.
 */
public record FollowerGrowth(FollowerSnapshot from, FollowerSnapshot to, long gained, long days, double perDay) {

    /** True when the later snapshot says what caused the growth (a giveaway, a viral post, press). */
    public boolean explained() {
        return to.note() != null && !to.note().isBlank();
    }

    /** Every stretch between consecutive dated snapshots (the history may be in any order); same-day pairs are skipped. */
    public static List<FollowerGrowth> stretches(List<FollowerSnapshot> history) {
        if (history == null) return List.of();
        List<FollowerSnapshot> dated = history.stream().filter(s -> s.date() != null && s.followers() != null)
                .sorted(Comparator.comparing(FollowerSnapshot::date)).toList();
        List<FollowerGrowth> out = new ArrayList<>();
        for (int i = 1; i < dated.size(); i++) {
            FollowerSnapshot a = dated.get(i - 1);
            FollowerSnapshot b = dated.get(i);
            long days = ChronoUnit.DAYS.between(a.date(), b.date());
            if (days <= 0) continue;
            long gained = b.followers() - a.followers();
            out.add(new FollowerGrowth(a, b, gained, days, (double) gained / days));
        }
        return out;
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof FollowerGrowth other && Objects.equals(from, other.from)
                && Objects.equals(to, other.to) && gained == other.gained && days == other.days
                && Double.compare(perDay, other.perDay) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(from, to);
    }
}
