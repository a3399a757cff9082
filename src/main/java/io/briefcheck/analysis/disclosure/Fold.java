package io.briefcheck.analysis.disclosure;

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
