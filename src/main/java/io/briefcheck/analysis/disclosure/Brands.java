package io.briefcheck.analysis.disclosure;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names a post's brand goes by, for {brand} in label patterns: "Fernleaf Tea (Fernleaf Beverages
 * Ltd)" is "Fernleaf Tea" and "Fernleaf Beverages Ltd"; "Lumen Audio; Corvid Cases" and "Lumen Audio x
 * Corvid" are two brands; "&" and "and" stay inside a name ("Hazel & Pine"). The brief's brand name is
 * added.
 */
final class Brands {
    private Brands() {
    }

    private static final Pattern NOTE = Pattern.compile("[(\\[]([^)\\]]*)[)\\]]");
    private static final Pattern SEPARATORS = Pattern.compile("\\s*(?:;|/|,|\\s[xX×]\\s)\\s*");

    static List<String> of(String postBrand, String briefBrand) {
        Set<String> out = new LinkedHashSet<>();
        add(out, postBrand);
        add(out, briefBrand);
        return new ArrayList<>(out);
    }

    private static void add(Set<String> out, String brand) {
        if (brand == null || brand.isBlank()) return;
        List<String> notes = new ArrayList<>();
        Matcher m = NOTE.matcher(brand);
        while (m.find()) notes.add(m.group(1));
        String main = NOTE.matcher(brand).replaceAll(" ");
        for (String part : SEPARATORS.split(main)) keep(out, part);
        for (String note : notes) {
            if (note.codePoints().filter(Character::isLetter).count() >= 3) for (String part : SEPARATORS.split(note)) keep(out, part);
        }
    }

    private static void keep(Set<String> out, String name) {
        String n = name.strip().replaceAll("\\s+", " ");
        if (n.codePoints().anyMatch(Character::isLetterOrDigit)) out.add(n);
    }
}
