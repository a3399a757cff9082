package io.briefcheck.analysis.disclosure;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A rough guess of a text's language from common words, for posts without {@code language:}.
 * Returns null when fewer than {@code minHits} common words agree: no guess beats a wrong one.
 */
public final class LanguageGuesser {

    private final Map<String, Set<String>> words;
    private final int minHits;

    public LanguageGuesser(Map<String, List<String>> words, int minHits) {
        this.words = new HashMap<>();
        words.forEach((lang, list) -> this.words.put(lang, list.stream().map(w -> w.toLowerCase(Locale.ROOT)).collect(Collectors.toSet())));
        this.minHits = minHits;
    }

    public String guess(String text) {
        if (text == null) return null;
        Map<String, Integer> hits = new HashMap<>();
        String lower = text.toLowerCase(Locale.ROOT);
        // The words: runs of letters and apostrophes (what splitting at [^\p{L}'’]+ leaves), found by hand.
        for (int i = 0, start = -1; i <= lower.length(); ) {
            int cp = i < lower.length() ? lower.codePointAt(i) : ' ';
            boolean inWord = i < lower.length() && (Character.isLetter(cp) || cp == '\'' || cp == '’');
            if (inWord && start < 0) start = i;
            if (!inWord && start >= 0) {
                String w = lower.substring(start, i);
                for (Map.Entry<String, Set<String>> e : words.entrySet()) {
                    if (e.getValue().contains(w)) hits.merge(e.getKey(), 1, Integer::sum);
                }
                start = -1;
            }
            i += i < lower.length() ? Character.charCount(cp) : 1;
        }
        String best = null;
        int bestN = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : hits.entrySet()) {
            if (e.getValue() > bestN) {
                best = e.getKey();
                bestN = e.getValue();
                tie = false;
            } else if (e.getValue() == bestN) {
                tie = true;
            }
        }
        return bestN >= minHits && !tie ? best : null;
    }
}
