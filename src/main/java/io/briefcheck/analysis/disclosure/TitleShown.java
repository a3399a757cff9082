package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Market;
import io.briefcheck.model.Post;

/**
 * Inferred fact: the post is a live stream on a platform that shows the stream's title (its caption) beside
 * the picture for as long as it runs ({@code disclosure.live_title_platforms}), and the title carries a label
 * {@code market} accepts, so every viewer, whenever they join, can see it.
 */
public record TitleShown(Post post, Market market) {
}
