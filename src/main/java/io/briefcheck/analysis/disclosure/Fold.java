package io.briefcheck.analysis.disclosure;

import java.util.function.IntPredicate;

/**
 * Where a platform cuts a caption behind "more": after {@code chars} characters or {@code lines} display
 * lines, whichever comes first (null: no such limit). A line break starts a new display line, and a
 * long line wraps every {@code lineChars} characters (rules/data/disclosure.yaml {@code fold},
 * {@code fold_lines}, {@code line_chars}).
 */
public record Fold(Integer chars, Integer lines, int lineChars) {

    static final Fold NONE = new Fold(null, null, 1);

    /** True when text starting at {@code offset} of {@code caption} shows before "more". */
    public boolean shows(String caption, int offset) {
        if (chars != null && caption.codePointCount(0, offset) >= chars) return false;
        return lines == null || displayLine(caption, offset) < lines;
    }

    /**
     * {@link #shows} for any number of offsets into one caption: the characters and display lines before
     * every offset are counted in one pass, so placing thousands of labels stays linear. Offsets are where
     * characters start (never inside a surrogate pair), as label offsets are.
     */
    public IntPredicate showsIn(String caption) {
        if (chars == null && lines == null) return offset -> true;
        int n = caption.length();
        int[] before = new int[n + 1]; // code points before each offset
        int[] line = new int[n + 1];   // the display line of each offset
        int done = 0;                  // display lines of the logical lines already ended
        int lineStart = 0;
        for (int i = 0; i <= n; i++) {
            if (i > 0) before[i] = before[i - 1] + (Character.isLowSurrogate(caption.charAt(i - 1)) && i > 1
                    && Character.isHighSurrogate(caption.charAt(i - 2)) ? 0 : 1);
            line[i] = done + (before[i] - before[lineStart]) / Math.max(1, lineChars);
            if (i < n && caption.charAt(i) == '\n') {
                done += Math.max(1, (before[i] - before[lineStart] + lineChars - 1) / Math.max(1, lineChars));
                lineStart = i + 1;
            }
        }
        return offset -> (chars == null || before[offset] < chars) && (lines == null || line[offset] < lines);
    }

    /** The display line (0-based) on which {@code offset} falls. */
    public int displayLine(String caption, int offset) {
        int line = 0;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            if (caption.charAt(i) == '\n') {
                line += wrapped(caption, lineStart, i);
                lineStart = i + 1;
            }
        }
        return line + caption.codePointCount(lineStart, offset) / Math.max(1, lineChars);
    }

    /** How many display lines the text [from, to) of one logical line takes (at least one). */
    private int wrapped(String caption, int from, int to) {
        return Math.max(1, (caption.codePointCount(from, to) + lineChars - 1) / Math.max(1, lineChars));
    }
}
