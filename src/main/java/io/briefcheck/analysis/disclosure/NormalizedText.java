package io.briefcheck.analysis.disclosure;

/**
 * Text prepared for matching, and the way back: {@code text} is the NFKC form without zero-width
 * characters, {@code folded} the same with lookalike letters replaced by the Latin ones they imitate
 * (same length, so offsets agree), and {@code origin[i]} the offset in the original text where
 * character {@code i} came from ({@code origin[text.length()]} is the original length).
 */
public record NormalizedText(String original, String text, String folded, int[] origin) {

    /** The original offset of a normalized offset (for reporting spans). */
    public int originalOffset(int normalized) {
        return origin[Math.max(0, Math.min(normalized, origin.length - 1))];
    }

    /** The original text that produced {@code text[start, end)}. */
    public String originalSlice(int start, int end) {
        return original.substring(originalOffset(start), originalOffset(end));
    }
}
