package io.briefcheck.analysis.disclosure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class CoverageGapsTest {

    @Test
    void gapBetweenMentions() {
        assertArrayEquals(new double[] {840, 3000}, CoverageGaps.largest(List.of(new double[] {60, 60}, new double[] {840, 840},
                new double[] {3000, 3000}), 3600));
    }

    @Test
    void gapAfterTheLastMentionCounts() {
        assertArrayEquals(new double[] {5, 2400}, CoverageGaps.largest(List.<double[]>of(new double[] {5, 5}), 2400));
    }

    @Test
    void anOnScreenWindowCoversItsWholeSpan() {
        assertArrayEquals(new double[] {0, 0}, CoverageGaps.largest(List.<double[]>of(new double[] {0, 5400}), 5400));
    }

    @Test
    void nothingDisclosedIsOneGap() {
        assertArrayEquals(new double[] {0, 600}, CoverageGaps.largest(List.of(), 600));
    }

    @Test
    void overlappingWindowsAndUnsortedInput() {
        assertArrayEquals(new double[] {1500, 3600}, CoverageGaps.largest(List.of(new double[] {600, 1500},
                new double[] {0, 700}), 3600));
    }
}
