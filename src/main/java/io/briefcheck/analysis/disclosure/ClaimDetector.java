package io.briefcheck.analysis.disclosure;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    private final List<Pattern> triggers = new ArrayList<>();

    public ClaimDetector(List<String> expressions) {
        for (String e : expressions) triggers.add(Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:" + e + ")"));
    }

    public List<Found> find(String text) {
        List<Found> out = new ArrayList<>();
        if (text == null) return out;
        for (Pattern p : triggers) {
            Matcher m = p.matcher(text);
            while (m.find()) {
                final int s = m.start();
                if (out.stream().anyMatch(f -> s >= f.start() && s < f.end())) continue;
                out.add(new Found(m.start(), m.end(), m.group(), sentence(text, m.start(), m.end())));
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

    private static String sentence(String text, int start, int end) {
        int a = start;
        while (a > 0 && ".!?\n".indexOf(text.charAt(a - 1)) < 0) a--;
        int b = end;
        while (b < text.length() && ".!?\n".indexOf(text.charAt(b)) < 0) b++;
        // Labels, hashtags and mentions that open the sentence are not part of the claim.
        return text.substring(a, b).strip().replaceFirst("^(?:[#@][\\p{L}\\p{N}_.]+[\\s:|,-]*)+", "").strip();
    }
}
