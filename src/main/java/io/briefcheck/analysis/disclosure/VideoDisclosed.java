package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Market;
import io.briefcheck.model.Post;

/**
 * Inferred fact (rules/ftc/video.drl): the video discloses where {@code market}'s regulator wants it most, said
 * aloud within the deadline and shown on screen, so the caption's label is secondary.
 */
public record VideoDisclosed(Post post, Market market) {
}
