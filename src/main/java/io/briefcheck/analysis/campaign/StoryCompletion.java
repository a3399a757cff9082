package io.briefcheck.analysis.campaign;

import java.util.List;
import java.util.Objects;

/**
 * How many viewers of a story's first frame stayed to the last: {@code rate} = last / first × 100.
 * {@code dropFrame} is the 1-based frame that lost the largest share of the previous frame's
 * viewers (0 when no frame lost any), {@code dropPct} that share: where to look for a content problem.
 */
public record StoryCompletion(double rate, int dropFrame, double dropPct) {

    /** The completion of a series of frame views, or null with fewer than two frames or no first-frame viewers. */
    public static StoryCompletion of(List<Long> frameViews) {
        if (frameViews == null || frameViews.size() < 2) return null;
        Long first = frameViews.get(0);
        Long last = frameViews.get(frameViews.size() - 1);
        if (first == null || last == null || first <= 0) return null;
        int dropFrame = 0;
        double dropPct = 0;
        for (int i = 1; i < frameViews.size(); i++) {
            Long before = frameViews.get(i - 1);
            Long now = frameViews.get(i);
            if (before == null || now == null || before <= 0) continue;
            double lost = (before - now) * 100.0 / before;
            if (lost > dropPct) {
                dropPct = lost;
                dropFrame = i + 1;
            }
        }
        return new StoryCompletion(last * 100.0 / first, dropFrame, dropPct);
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof StoryCompletion other && Double.compare(rate, other.rate) == 0
                && dropFrame == other.dropFrame && Double.compare(dropPct, other.dropPct) == 0;
    }

    @Override
    public int hashCode() {
        return Objects.hash(rate, dropFrame, dropPct);
    }
}
