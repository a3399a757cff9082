package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Market;

/**
 * Inferred fact: a loaded rule pack judges posts for {@code market}. Each pack declares itself with one
 * rule at the top of its file, once a post is checked for its market (so a run with no such post need
 * not build the pack at all); a post checked for a market no pack declares gets an info finding
 * (rules/disclosure/markets.drl) instead of a silent pass.
 */
public record Pack(Market market) {
}
