package io.briefcheck.analysis.disclosure;

import java.util.List;

/**
 * The longest stretch of a video or live stream that no disclosure covers. A spoken disclosure covers
 * its moment, on-screen text its window; the stretch before the first and after the last count too,
 * since viewers join and leave at any time.
 */
public final class CoverageGaps {
    private CoverageGaps() {
    }

    /** @param covered [from, to] seconds, in any order; @return [from, to] of the longest uncovered stretch */
    public static double[] largest(List<double[]> covered, double duration) {
        List<double[]> sorted = covered.stream().sorted((a, b) -> Double.compare(a[0], b[0])).toList();
        double cursor = 0;
        double bestFrom = 0;
        double bestTo = 0;
        for (double[] c : sorted) {
            if (c[0] - cursor > bestTo - bestFrom) {
                bestFrom = cursor;
                bestTo = c[0];
            }
            cursor = Math.max(cursor, c[1]);
        }
        if (duration - cursor > bestTo - bestFrom) {
            bestFrom = cursor;
            bestTo = duration;
        }
        return new double[] {bestFrom, Math.max(bestFrom, bestTo)};
    }
}
