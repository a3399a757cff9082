package io.briefcheck.analysis.campaign;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small word tests the rules need on free text (selection reasons, niches, labels). */
public final class Wording {
    private Wording() {
    }

    /** True when the text contains any of the terms, ignoring case (a term matches inside a word: "follower" in "followers"). */
    public static boolean mentionsAny(String text, Collection<String> terms) {
        if (text == null) return false;
        String t = text.toLowerCase(Locale.ROOT);
        for (String term : terms) if (t.contains(term.toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** True when some word of one list appears among the words of the other ("clean beauty" and "beauty"; "food_beverage" and "food"). */
    public static boolean shareAWord(Collection<String> a, Collection<String> b) {
        Set<String> words = words(a);
        for (String w : words(b)) if (words.contains(w)) return true;
        return false;
    }

    private static Set<String> words(Collection<String> texts) {
        Set<String> out = new HashSet<>();
        for (String t : texts) {
            if (t == null) continue;
            for (String w : t.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
                if (w.length() > 2 && !w.equals("and")) out.add(w);
            }
        }
        return out;
    }
}
