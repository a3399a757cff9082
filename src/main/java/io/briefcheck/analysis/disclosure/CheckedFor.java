package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Market;
import io.briefcheck.model.Post;

/**
 * Derived fact: the post is checked against {@code market}'s rules ({@code --market}, else the post's
 * markets, else its brief's, else the default). Each pack's rules start from it.
 */
public record CheckedFor(Post post, Market market) {
}
