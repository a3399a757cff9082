package io.briefcheck.analysis.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Objective claims in text (trigger expressions from {@code claim_triggers}) and whether a brief's
 * substantiated claims cover them. A trigger is covered when a substantiated claim contains the same
 * trigger words; an explicit claim when it and a substantiated claim say the same (ignoring case and
 * punctuation) or one contains the other.
 */
public final class ClaimDetector {
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}%#]+");


    /** A trigger found at [start, end) of the text, and the sentence around it. */
    public record Found(int start, int end, String trigger, String sentence) {
    }

    private static final String WORD_START = "(?iu)(?<![\\p{L}\\p{N}])";
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\(?:[1-9]|k<)");

    private final List<Pattern> triggers = new ArrayList<>();
    /** Every trigger as one alternative, or null when they cannot be joined: see {@link #find}. */
    private final Pattern any;

    public ClaimDetector(List<String> expressions) {
        for (String e : expressions) triggers.add(Pattern.compile(WORD_START + "(?:" + e + ")"));
        this.any = joined(expressions);
    }

    /**
     * One pattern that matches where any trigger does: a text it finds nothing in (most posts) has no claim,
     * and no trigger matches before the first place it finds, so one scan replaces one per trigger. Left out
     * (null) when an expression does not stand alone or refers back to a group, which joining would change.
     */
    private static Pattern joined(List<String> expressions) {
        StringBuilder alt = new StringBuilder();
        try {
            for (String e : expressions) {
                Pattern.compile(e);
                if (BACK_REFERENCE.matcher(e).find()) return null;
                alt.append(alt.length() > 0 ? "|" : "").append("(?:").append(e).append(')');
            }
            return alt.length() == 0 ? null : Pattern.compile(WORD_START + "(?:" + alt + ")");
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    public List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        if (text == null) return out;
        int from = 0;
        if (any != null) {
            Matcher first = any.matcher(text);
            if (!first.find()) return out;
            from = first.start();
        }
        Sentences sentences = null; // made at the first trigger found
        for (Pattern p : triggers) {
            Matcher m = p.matcher(text).region(from, text.length()).useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                if (sentences == null) sentences = new Sentences(text);
                else if (sentences.taken[m.start()]) continue;
                Arrays.fill(sentences.taken, m.start(), m.end(), true);
                out.add(new Found(m.start(), m.end(), m.group(), sentences.around(m.start(), m.end())));
            }
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    /** True when one of the substantiated claims backs this trigger. */
    public boolean covered(Found f, List<String> substantiated) {
        String t = simplify(f.trigger());
        for (String c : substantiated) if (simplify(c).contains(t)) return true;
        return false;
    }

    /** True when an explicit claim matches one of the substantiated claims. */
    public static boolean matches(String claim, List<String> substantiated) {
        String c = simplify(claim);
        if (c.isEmpty()) return true;
        for (String s : substantiated) {
            String x = simplify(s);
            if (!x.isEmpty() && (x.equals(c) || x.contains(c) || c.contains(x))) return true;
        }
        return false;
    }

    static String simplify(String s) {
        return s == null ? "" : NOT_WORD.matcher(s.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /**
     * The sentences of one text, found in one pass: however many triggers a long sentence holds, finding
     * each one's sentence costs no new scan, and each sentence is cut out once.
     */
    private static final class Sentences {
        private static final String ENDS = ".!?\n";
        private final String text;
        /** The characters an earlier trigger's match covers: a trigger starting there is part of that claim. */
        final boolean[] taken;
        /** Per offset: where its sentence starts (after the last sentence end before it). */
        private final int[] start;
        /** Per offset: the first sentence end at or after it (the text's length when none). */
        private final int[] end;
        private final Map<Long, String> cut = new HashMap<>();

        Sentences(String text) {
            this.text = text;
            int n = text.length();
            taken = new boolean[n + 1];
            start = new int[n + 1];
            end = new int[n + 1];
            for (int i = 1; i <= n; i++) start[i] = ENDS.indexOf(text.charAt(i - 1)) >= 0 ? i : start[i - 1];
            end[n] = n;
            for (int i = n - 1; i >= 0; i--) end[i] = ENDS.indexOf(text.charAt(i)) >= 0 ? i : end[i + 1];
        }

        /** The sentence around [from, to): from the sentence start before {@code from} to the sentence end at or after {@code to}. */
        String around(int from, int to) {
            int a = start[from];
            int b = end[to];
            // Labels, hashtags and mentions that open the sentence are not part of the claim.
            return cut.computeIfAbsent(((long) a << 32) | b, k -> text.substring(a, b).strip()
                    .replaceFirst("^(?:[#@][\\p{L}\\p{N}_.]+[\\s:|,-]*)+", "").strip());
        }
    }
}
