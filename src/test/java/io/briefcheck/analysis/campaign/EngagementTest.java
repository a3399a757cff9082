package io.briefcheck.analysis.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class EngagementTest {

    @Test
    void rateByFollowersCountsLikesCommentsSavesAndShares() {
        // (2400 + 180 + 90 + 40) / 48000 × 100 = 2710 / 480 = 5.6458...
        assertEquals(5.6458, Engagement.byFollowers(2400L, 180L, 90L, 40L, 48000L), 0.0001);
    }

    @Test
    void missingCountsAreZeroButNoCountsAtAllIsUnknown() {
        // (300 + 0 + 0 + 0) / 60000 × 100 = 0.5
        assertEquals(0.5, Engagement.byFollowers(300L, null, null, null, 60000L), 1e-9);
        assertNull(Engagement.byFollowers(null, null, null, null, 60000L));
    }

    @Test
    void zeroOrMissingFollowersGiveNoRateNotNaN() {
        assertNull(Engagement.byFollowers(10L, 1L, 0L, 0L, 0L));
        assertNull(Engagement.byFollowers(10L, 1L, 0L, 0L, null));
    }

    @Test
    void errCountsLikesCommentsAndSavesButNotShares() {
        // (540 + 61 + 80) / 12000 × 100 = 681 / 120 = 5.675
        assertEquals(5.675, Engagement.byReach(540L, 61L, 80L, 12000L), 1e-9);
    }

    @Test
    void errWithZeroOrMissingReachIsUnknown() {
        assertNull(Engagement.byReach(540L, 61L, 80L, 0L));
        assertNull(Engagement.byReach(540L, 61L, 80L, null));
    }
}
