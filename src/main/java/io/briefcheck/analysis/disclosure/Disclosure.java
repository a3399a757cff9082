package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Market;
import io.briefcheck.model.Post;

/**
 * Derived fact: one disclosure-like term in a post, as one market sees it. {@code place} is the caption,
 * what is said (transcript), on-screen text or a Story frame; {@code path} the field it is in (for reporting) and
 * [start, end) its characters in that field's text. {@code kind} is how the market's vocabulary lists it.
 * Caption placement: {@code atStart}, {@code aboveFold}, its run of hashtags ({@code runIndex} of
 * {@code runLength}) and whether it is in the hashtags that close the caption. {@code at}/{@code until}
 * are seconds for video cues (null elsewhere); {@code index} the cue or frame number (-1 in a caption).
 */
public record Disclosure(Post post, Market market, Place place, String path, int index, String label,
                         LabelKind kind, String language, int start, int end, boolean hashtag, boolean atStart,
                         boolean aboveFold, int runIndex, int runLength, boolean inClosingBlock, Double at,
                         Double until) {

    public boolean accepted() {
        return kind == LabelKind.ACCEPTED;
    }

    /** Inside a run of {@code runMin}+ hashtags (unless the run opens the caption) or in the closing block. */
    public boolean buried(double runMin) {
        return (runLength >= runMin && !atStart) || inClosingBlock;
    }

    /** In the middle of {@code runMin}+ hashtags: neither the first nor the last of its run. */
    public boolean amidHashtags(double runMin) {
        return runLength >= runMin && runIndex > 0 && runIndex < runLength - 1;
    }

    /** " at 0:42" for video cues, "" elsewhere. */
    public String when() {
        return at == null ? "" : " at " + Clock.text(at);
    }
}
