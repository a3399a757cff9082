package io.briefcheck.model;

import java.text.Normalizer;

/**
 * Unicode NFKC (full-width letters, ligatures and the like folded to their plain form), with ASCII text
 * returned as it is: ASCII is its own NFKC form, and the first real normalisation loads Java's Unicode
 * tables (about 10 ms), which a check of plain-English documents then never needs.
 */
public final class Nfkc {
    private Nfkc() {
    }

    public static String of(String text) {
        return isAscii(text) ? text : Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    /** True when every char of {@code text} is ASCII (below U+0080): its own NFKC form, with no accents or marks. */
    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) return false;
        }
        return true;
    }
}
