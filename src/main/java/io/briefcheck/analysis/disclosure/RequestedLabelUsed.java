package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/**
 * Derived fact: the post shows the label its brief asks for ({@code disclosure.label}) as a whole word or
 * hashtag in its caption, on-screen text or a Story frame, compared after the same Unicode clean-up as
 * every label (so "＃ａｄ" is "#ad", and "#аd" with a Cyrillic "а" is not).
 */
public record RequestedLabelUsed(Post post, String label) {
}
