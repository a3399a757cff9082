package io.briefcheck.load;

import java.util.Collection;
import java.util.Locale;

/** "Did you mean ...?" for misspelt field names and values. */
public final class Suggest {
    private Suggest() {
    }

    /** The closest candidate within a typo's reach, or null. */
    public static String closest(String word, Collection<String> candidates) {
        String w = normal(word);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String c : candidates) {
            int d = distance(w, normal(c));
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        int reach = Math.max(2, w.length() / 3);
        if (bestDistance <= reach && bestDistance < w.length()) return best;
        if (w.length() >= 3) {
            for (String c : candidates) {
                if (normal(c).startsWith(w)) return c;
            }
        }
        return null;
    }

    /** Case, dashes, underscores and spaces do not count as typos ("Product-plus fee" is product_plus_fee). */
    private static String normal(String s) {
        return s.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    /** Levenshtein distance with adjacent transpositions counted as one edit. */
    static int distance(String a, String b) {
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) d[i][0] = i;
        for (int j = 0; j <= b.length(); j++) d[0][j] = j;
        for (int i = 1; i <= a.length(); i++) {
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
                }
            }
        }
        return d[a.length()][b.length()];
    }
}
