package io.briefcheck.analysis.campaign;

import io.briefcheck.engine.Deriver;
import io.briefcheck.engine.RuleData;
import io.briefcheck.model.Brief;
import io.briefcheck.model.BriefClaim;
import io.briefcheck.model.Located;
import io.briefcheck.model.RunSettings;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives one {@link Evidence} per brief claim whose substantiation is not blank: the evidence word
 * ({@code briefs.evidence_words}, every language) and the first number, date, reference or link in it.
 */
public final class EvidenceDeriver implements Deriver {

    private static final Pattern LINK = Pattern.compile("(?i)\\b(?:https?://|www\\.|doi:)\\S+");
    /** A token with a digit in it: a year, a count, a report number ("#A-1042"), a date. */
    private static final Pattern DETAIL = Pattern.compile("[#\\p{L}\\p{N}][\\p{L}\\p{N}./-]*\\p{N}[\\p{L}\\p{N}./-]*|\\p{N}+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}]+");

    @Override
    public List<Object> derive(List<Located> facts, RunSettings settings, RuleData data) {
        List<String> words = data.words("briefs.evidence_words").stream().map(w -> w.toLowerCase(Locale.ROOT)).toList();
        List<Object> out = new ArrayList<>();
        for (Located f : facts) {
            if (!(f instanceof Brief b)) continue;
            for (BriefClaim c : b.claims()) {
                if (data.blank(c.substantiation())) continue;
                out.add(of(c, words));
            }
        }
        return out;
    }

    static Evidence of(BriefClaim c, List<String> evidenceWords) {
        String text = c.substantiation();
        Matcher link = LINK.matcher(text);
        String linked = link.find() ? link.group() : null;
        String kind = evidenceWord(text, evidenceWords);
        if (kind == null && linked != null) kind = "link";
        String detail = linked;
        if (detail == null) {
            Matcher d = DETAIL.matcher(text);
            if (d.find()) detail = d.group();
        }
        return new Evidence(c, kind, detail);
    }

    /**
     * The first word of the text that is an evidence word, starts with one of four letters or more
     * ("studies", "tested") or ends with one of five or more ("Laborbericht"); as written in the text.
     */
    static String evidenceWord(String text, List<String> evidenceWords) {
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            for (String e : evidenceWords) {
                if (w.equals(e) || (e.length() >= 4 && w.startsWith(e)) || (e.length() >= 5 && w.endsWith(e))) return m.group();
            }
        }
        return null;
    }
}
