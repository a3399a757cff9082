package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Market;
import io.briefcheck.model.Post;

/**
 * Inferred fact: without an ad label, the post says in words what ties it to the brand, and under
 * {@code market}'s rules that is enough for the label rules: an own brand said upfront ("my own shop"), in
 * Germany an affiliate post whose links are starred and explained ("* Affiliate-Link: ..."), and
 * in the UK also a gift the brand had no say over that says it was a gift ({@link ConnectionStatement}).
 */
public record TieStated(Post post, Market market) {
}
