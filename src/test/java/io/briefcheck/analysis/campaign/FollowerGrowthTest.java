package io.briefcheck.analysis.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.briefcheck.model.FollowerSnapshot;
import io.briefcheck.model.Source;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowerGrowthTest {

    private static FollowerSnapshot at(String date, long followers) {
        return new FollowerSnapshot(new Source("f.yaml", 0, "follower_history"), LocalDate.parse(date), followers, null);
    }

    @Test
    void aStretchInFollowersPerDay() {
        // Sep→Oct: 800 in 30 days (26.7/day); Oct→Oct 3: 24,000 in 2 days (12,000/day)
        FollowerSnapshot oct1 = at("2026-10-01", 46000);
        FollowerSnapshot oct3 = at("2026-10-03", 70000);
        FollowerGrowth g = FollowerGrowth.stretches(List.of(oct3, at("2026-09-01", 45200), oct1)).get(1);
        assertSame(oct1, g.from());
        assertSame(oct3, g.to());
        assertEquals(24000, g.gained());
        assertEquals(2, g.days());
        assertEquals(12000.0, g.perDay(), 1e-9);
    }

    @Test
    void everyStretchInDateOrder() {
        List<FollowerGrowth> all = FollowerGrowth.stretches(List.of(at("2026-01-21", 1500), at("2026-01-01", 1000), at("2026-01-11", 1100)));
        assertEquals(2, all.size());
        assertEquals(10.0, all.get(0).perDay(), 1e-9);   // 100 in 10 days
        assertEquals(40.0, all.get(1).perDay(), 1e-9);   // 400 in 10 days
    }

    @Test
    void aNoteOnTheLaterSnapshotExplainsTheGrowth() {
        FollowerSnapshot before = at("2026-01-01", 1000);
        FollowerSnapshot after = new FollowerSnapshot(before.source(), LocalDate.parse("2026-01-02"), 30000L, "Giveaway with @brand");
        assertTrue(FollowerGrowth.stretches(List.of(before, after)).get(0).explained());
        assertFalse(FollowerGrowth.stretches(List.of(before, at("2026-01-02", 30000))).get(0).explained());
    }

    @Test
    void lossesAreNegativeGrowth() {
        FollowerGrowth g = FollowerGrowth.stretches(List.of(at("2026-01-01", 1000), at("2026-01-11", 900))).get(0);
        assertEquals(-10.0, g.perDay(), 1e-9);
    }

    @Test
    void fewerThanTwoDatedSnapshotsOrSameDayHaveNoStretch() {
        assertEquals(List.of(), FollowerGrowth.stretches(List.of(at("2026-01-01", 1000))));
        assertEquals(List.of(), FollowerGrowth.stretches(List.of()));
        assertEquals(List.of(), FollowerGrowth.stretches(null));
        assertEquals(List.of(), FollowerGrowth.stretches(List.of(at("2026-01-01", 1000), at("2026-01-01", 5000))));
    }
}
