package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Market;
import java.util.Objects;

/**
 * Inferred fact: a loaded rule pack judges posts for {@code market}. Each pack declares itself with one
 * rule at the top of its file, once a post is checked for its market (so a run with no such post need
 * not build the pack at all); a post checked for a market no pack declares gets an info finding
 * (rules/disclosure/markets.drl) instead of a silent pass.
 */
public record Pack(Market market) {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Pack other && Objects.equals(market, other.market);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(market);
    }
}
