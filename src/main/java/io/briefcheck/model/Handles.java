package io.briefcheck.model;

import java.util.Locale;

/**
 * The one way a creator's handle is compared: a roster entry, a profile file and a post's
 * {@code author} name the same creator when their keys are equal.
 */
public final class Handles {
    private Handles() {
    }

    /**
     * The handle without case, surrounding space or a leading "@"; NFKC first, so a full-width
     * "＠Ｍａｙａ" pasted from a phone keyboard is the same creator as "@maya". Null is "".
     */
    public static String key(String handle) {
        if (handle == null) return "";
        String s = Nfkc.of(handle).strip();
        if (s.startsWith("@")) s = s.substring(1).strip();
        return s.toLowerCase(Locale.ROOT);
    }
}
