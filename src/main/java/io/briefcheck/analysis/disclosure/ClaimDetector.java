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

    private static final String WORD_START = "(?<![\\p{L}\\p{N}])";
    private static final String FOLD_CASE = "(?iu)";
    private static final Pattern BACK_REFERENCE = Pattern.compile("\\\\(?:[1-9]|k<)");
    /** Character classes that tell capitals from small letters: lower-casing the text first would change what they match. */
    private static final Pattern CASED_CLASS = Pattern.compile("\\\\[pP]\\{(?:Is)?(?:Lu|Lt|Ll|Upper|Lower|Title|javaUpperCase|javaLowerCase|Uppercase|Lowercase)");

    /**
     * The triggers as given, matched with Unicode case folding: for a text whose lower case has another length
     * (a few letters, such as the dotted capital I, lower-case to two characters) and for expressions that
     * depend on case. Made on first use: most runs never need it.
     */
    private volatile Triggers folding;
    private final List<String> expressions;
    /**
     * The same triggers, written in small letters, for the text in small letters: the same matches as
     * {@link #folding} without folding the case of every character tried (about a quarter of a post's analysis
     * in a profile of 10,000 generated documents); null when an expression depends on case.
     */
    private final Triggers lower;

    public ClaimDetector(List<String> expressions) {
        this.expressions = List.copyOf(expressions);
        boolean cased = expressions.stream().anyMatch(e -> CASED_CLASS.matcher(e).find());
        List<String> small = expressions.stream().map(ClaimDetector::smallLetters).toList();
        this.lower = cased ? null : new Triggers(small.stream().map(e -> WORD_START + "(?:" + e + ")").toList(), joined(small, ""));
        if (cased) folding();
    }

    private Triggers folding() {
        Triggers f = folding;
        if (f == null) {
            folding = f = new Triggers(expressions.stream().map(e -> FOLD_CASE + WORD_START + "(?:" + e + ")").toList(),
                    joined(expressions, FOLD_CASE));
        }
        return f;
    }

    /** Each trigger's pattern, and all of them as one (null when they cannot be joined): see {@link #find}. */
    private static final class Triggers {
        final List<Pattern> each = new ArrayList<>();
        final Pattern any;

        Triggers(List<String> patterns, Pattern any) {
            for (String p : patterns) each.add(Pattern.compile(p));
            this.any = any;
        }
    }

    /**
     * One pattern that matches where any trigger does: a text it finds nothing in (most posts) has no claim,
     * and no trigger matches before the first place it finds, so one scan replaces one per trigger. Left out
     * (null) when an expression does not stand alone or refers back to a group, which joining would change.
     */
    private static Pattern joined(List<String> expressions, String flags) {
        StringBuilder alt = new StringBuilder();
        try {
            for (String e : expressions) {
                Pattern.compile(e);
                if (BACK_REFERENCE.matcher(e).find()) return null;
                alt.append(alt.length() > 0 ? "|" : "").append("(?:").append(e).append(')');
            }
            return alt.length() == 0 ? null : Pattern.compile(flags + WORD_START + "(?:" + alt + ")");
        } catch (PatternSyntaxException e) {
            return null;
        }
    }

    /**
     * A regular expression in small letters, matching in lower-cased text what it matched in any case: its
     * letters are lower-cased, but not the letters of escapes ({@code \\D}, {@code \\p{Lu}}, {@code \\x{41}}) nor
     * of inline flags ({@code (?U)}), whose case is their meaning.
     */
    static String smallLetters(String expression) {
        StringBuilder out = new StringBuilder(expression.length());
        int n = expression.length();
        for (int i = 0; i < n; i++) {
            char c = expression.charAt(i);
            if (c == '\\' && i + 1 < n) {
                char next = expression.charAt(i + 1);
                out.append(c).append(next);
                i++;
                if ((next == 'p' || next == 'P' || next == 'x' || next == 'N') && i + 1 < n && expression.charAt(i + 1) == '{') {
                    int close = expression.indexOf('}', i);
                    if (close < 0) close = n - 1;
                    out.append(expression, i + 1, close + 1);
                    i = close;
                } else if ((next == 'p' || next == 'P' || next == 'c') && i + 1 < n) {
                    out.append(expression.charAt(++i)); // \\pL: a one-letter class name; \\cA: a control character
                }
            } else if (c == '(' && i + 1 < n && expression.charAt(i + 1) == '?') {
                int j = i + 2;
                while (j < n && (Character.isLetter(expression.charAt(j)) || expression.charAt(j) == '-')) j++;
                out.append(expression, i, j);
                i = j - 1;
            } else {
                String small = String.valueOf(c).toLowerCase(Locale.ROOT);
                out.append(small.length() == 1 ? small : String.valueOf(c));
            }
        }
        return out.toString();
    }

    public List<Found> find(String text) {
        return find(text, false);
    }

    /** The triggers in {@code text}; {@code foldCase}: by Unicode case folding even where small letters would do (tests compare the two). */
    List<Found> find(String text, boolean foldCase) {
        List<Found> out = new ArrayList<>();
        if (text == null) return out;
        String small = lower == null || foldCase ? null : text.toLowerCase(Locale.ROOT);
        boolean sameLength = small != null && small.length() == text.length();
        Triggers triggers = sameLength ? lower : folding();
        String searched = sameLength ? small : text;
        int from = 0;
        if (triggers.any != null) {
            Matcher first = triggers.any.matcher(searched);
            if (!first.find()) return out;
            from = first.start();
        }
        Sentences sentences = null; // made at the first trigger found
        for (Pattern p : triggers.each) {
            Matcher m = p.matcher(searched).region(from, searched.length()).useTransparentBounds(true).useAnchoringBounds(false);
            while (m.find()) {
                if (sentences == null) sentences = new Sentences(text);
                else if (sentences.taken[m.start()]) continue;
                Arrays.fill(sentences.taken, m.start(), m.end(), true);
                out.add(new Found(m.start(), m.end(), text.substring(m.start(), m.end()), sentences.around(m.start(), m.end())));
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
