package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Market;
import io.briefcheck.model.Post;
import java.util.Objects;

/**
 * Inferred fact: under {@code market}'s rules the post is advertising and must say so. Never inserted
 * by Java: each pack states its test once, in one DRL rule that {@code insertLogical}s it (US
 * rules/ftc/connection.drl, UK rules/asa/labels.drl, NL rules/rsm/labels.drl, DE rules/uwg/labels.drl,
 * FR rules/fr/labels.drl, other EU/EEA countries rules/eu/labels.drl).
 */
public record IsAd(Post post, Market market) {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof IsAd other && Objects.equals(post, other.post)
                && Objects.equals(market, other.market);
    }

    @Override
    public int hashCode() {
        return Objects.hash(post, market);
    }
}
