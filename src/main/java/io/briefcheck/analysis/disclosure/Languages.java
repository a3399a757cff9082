package io.briefcheck.analysis.disclosure;

import java.util.Locale;

/** Language names for messages ("Dutch" for nl). */
public final class Languages {
    private Languages() {
    }

    public static String name(String code) {
        if (code == null) return "another language";
        String n = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
        return n.isEmpty() ? code : n;
    }
}
