package io.briefcheck.engine;

/**
 * Keeps what a finding says bounded, whatever the input: a message or fix quotes at most
 * {@link #QUOTE_MAX} characters of any text in quotes (a claim's sentence, a caption), then "…", and is
 * never longer than {@link #TEXT_MAX} characters in all; a suggestion (the whole rewritten text) is
 * dropped when it is longer than {@link #SUGGESTION_MAX}, longer than any platform lets a post be, as a
 * cut rewrite would be a wrong one. Without this a 20 KB caption of one claim repeated gave thousands of
 * findings that each quoted all of it (46 MB of JSON).
 */
public final class FindingText {

    /** The most characters of one quoted text a message or fix shows. */
    public static final int QUOTE_MAX = 120;
    /** The most characters of a whole message or fix. */
    public static final int TEXT_MAX = 1_000;
    /** The longest suggestion a finding carries. */
    public static final int SUGGESTION_MAX = 10_000;

    private static final String MORE = "…";

    private FindingText() {
    }

    /** A message or fix with every quoted text over {@link #QUOTE_MAX} characters cut, and the whole cut to {@link #TEXT_MAX}. */
    public static String bounded(String text) {
        if (text == null) return null;
        return cut(shortenQuotes(text), TEXT_MAX);
    }

    /** The suggestion, or null when it is too long to be a post. */
    public static String suggestion(String text) {
        return text == null || text.length() > SUGGESTION_MAX ? null : text;
    }

    /**
     * Cuts the text between each pair of quotes ("..." or “...”) to {@link #QUOTE_MAX} characters. Quotes are
     * paired in order, so a quote mark inside a quoted text can pair wrongly; {@link #TEXT_MAX} bounds that case.
     */
    static String shortenQuotes(String text) {
        if (text.length() <= QUOTE_MAX) return text;
        StringBuilder out = null; // made only when a quote is cut: most messages come back as they are
        int copied = 0;
        for (int i = 0, q; (q = nextQuote(text, i)) >= 0; ) {
            char close = text.charAt(q) == '"' ? '"' : '”';
            int end = text.indexOf(close, q + 1);
            if (end < 0) {
                i = q + 1;
                continue;
            }
            if (end - q - 1 > QUOTE_MAX) {
                if (out == null) out = new StringBuilder(Math.min(text.length(), TEXT_MAX + QUOTE_MAX));
                out.append(text, copied, q + 1).append(cut(text.substring(q + 1, end), QUOTE_MAX)).append(close);
                copied = end + 1;
            }
            i = end + 1;
        }
        return out == null ? text : out.append(text, copied, text.length()).toString();
    }

    /** Where the next opening quote (" or “) is at or after {@code from}, or -1. */
    private static int nextQuote(String text, int from) {
        int plain = text.indexOf('"', from);
        int curly = text.indexOf('“', from);
        return plain < 0 ? curly : curly < 0 ? plain : Math.min(plain, curly);
    }

    /** The text cut to at most {@code max} characters (not inside a surrogate pair), "…" marking the cut. */
    static String cut(String text, int max) {
        if (text.length() <= max) return text;
        int end = max - MORE.length();
        if (Character.isLowSurrogate(text.charAt(end))) end--;
        return text.substring(0, end).stripTrailing() + MORE;
    }
}
