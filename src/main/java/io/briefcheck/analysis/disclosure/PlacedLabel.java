package io.briefcheck.analysis.disclosure;

/**
 * A label in a caption and where it sits: at the very start (only emoji, punctuation or other labels
 * before it), above the platform's "more" cut, and its place in a run of hashtags (index 0-based,
 * length 1 when it is not in a run) or in the hashtags that close the caption.
 */
public record PlacedLabel(LabelMatch match, boolean atStart, boolean aboveFold, int runIndex, int runLength,
                          boolean inClosingBlock) {
}
