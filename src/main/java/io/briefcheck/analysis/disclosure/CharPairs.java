package io.briefcheck.analysis.disclosure;

/**
 * The pairs of adjacent characters in some texts, noted in a 4,096-bit table: a word with a pair the table
 * lacks is in none of the texts, which rules most words out without searching (a pair that is there proves
 * nothing, so a search follows). A text shorter than {@link #SHORT} is not worth a table (searching it is as
 * quick as filling one, and 30,000 Story frames would each have one): once one is added, every word may be there.
 */
final class CharPairs {
    static final int SHORT = 64;
    /** The table, made when the first long text is added; null while there is none. */
    private long[] bits;
    /** A short text was added: the table (if any) does not hold it, so it rules nothing out. */
    private boolean unfiltered;

    void add(String text) {
        if (unfiltered) return;
        if (text.length() < SHORT) {
            unfiltered = true;
            bits = null;
            return;
        }
        if (bits == null) bits = new long[64];
        for (int i = 1; i < text.length(); i++) {
            int h = pair(text.charAt(i - 1), text.charAt(i));
            bits[h >>> 6] |= 1L << h;
        }
    }

    /** False when {@code word} cannot be in the texts added. */
    boolean mayContain(String word) {
        if (unfiltered) return true;
        for (int i = 1; i < word.length(); i++) {
            int h = pair(word.charAt(i - 1), word.charAt(i));
            if (bits == null || (bits[h >>> 6] & (1L << h)) == 0) return false;
        }
        return true;
    }

    private static int pair(char a, char b) {
        return (a * 31 + b) & 4095;
    }
}
