package io.briefcheck.analysis.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The caption a fix suggests: the disclosure terms found (vague, rejected, misplaced or lookalike
 * ones) cut out, the market's label put first, spacing tidied. Always the whole caption, however
 * long: it is what the creator copies and posts. Shortening it for a terminal is a renderer's business.
 */
public final class CaptionRewriter {
    /**
     * Tidying after the labels are cut out: space before punctuation, leftover separators, runs of spaces and blank
     * lines. A run of spaces is tried from its first space only (and not given back), so the thousands of spaces
     * left where thousands of hashtags were cut take one pass, not one per space.
     */
    private static final Pattern[] CLEAN_UP = {Pattern.compile("(?<![ \\t])[ \\t]++([,.!?:;])"), Pattern.compile("(?m)^[ \\t]*[|:\\-–—][ \\t]*"),
        Pattern.compile("[ \\t]{2,}"), Pattern.compile("(?m)[ \\t]+$"), Pattern.compile("(?m)^[ \\t]+"), Pattern.compile("\\n{3,}")};
    private static final String[] REPLACEMENTS = {"$1", "", " ", "", "", "\n\n"};

    /** @param remove [start, end) ranges of the original caption to cut */
    public String rewrite(String caption, List<int[]> remove, String label) {
        String text = caption == null ? "" : caption;
        List<int[]> sorted = remove.stream().sorted(Comparator.comparingInt((int[] r) -> r[0]).reversed()).toList();
        List<int[]> cut = new ArrayList<>();
        int lastStart = Integer.MAX_VALUE;
        for (int[] r : sorted) {
            if (r[1] > lastStart) continue; // overlapping ranges: the later one is already cut
            cut.add(r);
            lastStart = r[0];
        }
        // The text between the cuts, copied once (deleting one range after another moved the rest each time).
        StringBuilder sb = new StringBuilder(text.length());
        int from = 0;
        for (int i = cut.size() - 1; i >= 0; i--) {
            sb.append(text, from, cut.get(i)[0]);
            from = Math.max(from, cut.get(i)[1]);
        }
        String body = sb.append(text, from, text.length()).toString();
        for (int i = 0; i < CLEAN_UP.length; i++) body = CLEAN_UP[i].matcher(body).replaceAll(REPLACEMENTS[i]);
        body = body.strip();
        return body.isEmpty() ? label : label + " " + body;
    }
}
