package io.briefcheck.analysis.disclosure;

/**
 * The pairs of adjacent characters in some texts, noted in a 4,096-bit table: a word with a pair the table
 * lacks is in none of the texts, which rules most words out without searching (a pair that is there proves
 * nothing, so a search follows).
 */
final class CharPairs {
    private final long[] bits = new long[64];

    void add(String text) {
        for (int i = 1; i < text.length(); i++) {
            int h = pair(text.charAt(i - 1), text.charAt(i));
            bits[h >>> 6] |= 1L << h;
        }
    }

    /** False when {@code word} cannot be in the texts added. */
    boolean mayContain(String word) {
        for (int i = 1; i < word.length(); i++) {
            int h = pair(word.charAt(i - 1), word.charAt(i));
            if ((bits[h >>> 6] & (1L << h)) == 0) return false;
        }
        return true;
    }

    private static int pair(char a, char b) {
        return (a * 31 + b) & 4095;
    }
}
