package io.briefcheck.analysis.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

class StoryCompletionTest {

    @Test
    void lastOverFirstAndTheFrameThatLostMost() {
        // 3900 / 5000 = 78 %; frame 2 lost 800 of 5000 (16 %), frame 3 lost 300 of 4200 (7.1 %)
        StoryCompletion c = StoryCompletion.of(List.of(5000L, 4200L, 3900L));
        assertEquals(78.0, c.rate(), 1e-9);
        assertEquals(2, c.dropFrame());
        assertEquals(16.0, c.dropPct(), 1e-9);
    }

    @Test
    void theBiggestDropIsRelativeToThePreviousFrame() {
        // 1400 / 10000 = 14 %; frame 2 loses 10 %, frame 3 loses 7500 of 9000 (83.3 %), frame 4 loses 6.7 %
        StoryCompletion c = StoryCompletion.of(List.of(10000L, 9000L, 1500L, 1400L));
        assertEquals(14.0, c.rate(), 1e-9);
        assertEquals(3, c.dropFrame());
        assertEquals(83.333, c.dropPct(), 0.001);
    }

    @Test
    void noDropMeansFrameZero() {
        StoryCompletion c = StoryCompletion.of(List.of(100L, 100L, 120L));
        assertEquals(120.0, c.rate(), 1e-9);
        assertEquals(0, c.dropFrame());
    }

    @Test
    void tooFewFramesOrNoFirstViewersAreUnknown() {
        assertNull(StoryCompletion.of(List.of(5000L)));
        assertNull(StoryCompletion.of(List.of()));
        assertNull(StoryCompletion.of(null));
        assertNull(StoryCompletion.of(List.of(0L, 0L, 0L)));
    }
}
