package io.briefcheck.analysis.disclosure;

/**
 * A disclosure-like term found in normalized text: which vocabulary entry, how the market sees it,
 * its language, where it is [start, end) in the normalized text, and whether it was only found after
 * folding lookalike letters (then it is NOT the label, just made to look like it).
 */
public record LabelMatch(String entry, LabelKind kind, String language, int start, int end, boolean hashtag,
                         boolean lookalike) {
}
