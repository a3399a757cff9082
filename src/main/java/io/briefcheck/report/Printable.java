package io.briefcheck.report;

/**
 * User text (ids, file names, messages that quote values) made safe to print where a person or a CI
 * runner reads it line by line: control characters never reach the screen raw. A newline inside a
 * value shows as {@code \n}, so it cannot start a line of its own (a GitHub workflow command such as
 * {@code ::error}); an escape character shows as {@code U+001B}, so it cannot clear or recolour the
 * terminal. The same goes for the C1 controls, the Unicode line and paragraph separators and the
 * bidirectional overrides that make text read differently from what it is.
 */
public final class Printable {

    private Printable() {
    }

    /** The text on one line: every control character, newlines included, shown escaped. */
    public static String line(String s) {
        return escape(s, false);
    }

    /**
     * The text on one line, and at most {@code max} characters of it; a longer text is cut with "…"
     * and a note of how much was left out (the JSON report keeps it whole).
     */
    public static String line(String s, int max) {
        return shortened(line(s), max);
    }

    /** The text as lines of its own: newlines (and tabs) kept, every other control character escaped. */
    public static String lines(String s) {
        return escape(s, true);
    }

    /** At most {@code max} characters of {@code s}, else cut with "…" and how much was left out. */
    public static String shortened(String s, int max) {
        if (s == null || s.length() <= max) return s; // never more characters than chars
        int length = s.codePointCount(0, s.length());
        if (length <= max) return s;
        return s.substring(0, s.offsetByCodePoints(0, max)).stripTrailing() + "… (" + (length - max)
                + " more characters; the JSON report has the whole text)";
    }

    private static String escape(String s, boolean keepLines) {
        if (s == null || safe(s)) return s;
        StringBuilder sb = new StringBuilder(s.length() + 16);
        s.codePoints().forEach(c -> {
            if (keepLines && (c == '\n' || c == '\t')) sb.append((char) c);
            else if (!unsafe(c)) sb.appendCodePoint(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else sb.append(String.format("U+%04X", c));
        });
        return sb.toString();
    }

    /** True when no code point of {@code s} is unsafe: a loop, as every finding's texts pass here (reports of 10,000 documents). */
    private static boolean safe(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x20 && c < 0x7F) continue;
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                i++; // a pair: a code point above U+FFFF, never unsafe
                continue;
            }
            if (unsafe(c)) return false;
        }
        return true;
    }

    private static boolean unsafe(int c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F)                  // C0, DEL, C1 (NEL, CSI)
                || c == 0x2028 || c == 0x2029                         // line and paragraph separators
                || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) // bidirectional overrides
                || (c >= 0xD800 && c <= 0xDFFF);                      // a lone surrogate
    }
}
