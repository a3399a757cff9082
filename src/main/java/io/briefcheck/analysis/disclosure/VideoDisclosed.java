package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Market;
import io.briefcheck.model.Post;
import java.util.Objects;

/**
 * Inferred fact (rules/ftc/video.drl): the video discloses where {@code market}'s regulator wants it most, said
 * aloud within the deadline and shown on screen, so the caption's label is secondary.
 */
public record VideoDisclosed(Post post, Market market) {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof VideoDisclosed other && Objects.equals(post, other.post)
                && Objects.equals(market, other.market);
    }

    @Override
    public int hashCode() {
        return Objects.hash(post, market);
    }
}
