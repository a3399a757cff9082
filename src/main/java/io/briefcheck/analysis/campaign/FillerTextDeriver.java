package io.briefcheck.analysis.campaign;

import io.briefcheck.engine.Deriver;
import io.briefcheck.engine.RuleData;
import io.briefcheck.model.Brief;
import io.briefcheck.model.Guidelines;
import io.briefcheck.model.Located;
import io.briefcheck.model.Objective;
import io.briefcheck.model.RunSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives every {@link FillerText} in a brief that mistake/vague-brief reports: text too short or only a
 * placeholder to tell a creator anything, and an approval step in words that say neither how nor when. (Which essentials are missing is judged in DRL, rules/brief/essentials.drl.)
 */
public final class FillerTextDeriver implements Deriver {

    @Override
    public List<Object> derive(List<Located> facts, RunSettings settings, RuleData data) {
        List<Object> out = new ArrayList<>();
        for (Located f : facts) {
            if (!(f instanceof Brief b)) continue;
            out.addAll(filler(b, data));
        }
        return out;
    }

    static List<FillerText> filler(Brief b, RuleData data) {
        int minWords = (int) data.number("briefs.min_words");
        List<FillerText> out = new ArrayList<>();
        if (b.campaign() != null) {
            for (Objective o : b.campaign().objectives()) {
                if (says(o.description(), minWords, data)) continue;
                out.add(new FillerText(o, "description", "objective", o.description()));
            }
        }
        if (b.audience() != null && !says(b.audience().description(), minWords, data)) {
            out.add(new FillerText(b.audience(), "description", "audience description", b.audience().description()));
        }
        for (int i = 0; i < b.keyMessages().size(); i++) {
            String m = b.keyMessages().get(i);
            if (isPlaceholder(m, data)) out.add(new FillerText(b, "key_messages[" + i + "]", "key message", m));
        }
        Guidelines g = b.guidelines();
        if (g != null) {
            for (int i = 0; i < g.dos().size(); i++) {
                if (isPlaceholder(g.dos().get(i), data)) out.add(new FillerText(g, "dos[" + i + "]", "guideline", g.dos().get(i)));
            }
            if (isPlaceholder(g.approval(), data) || (g.approval() != null && data.isOneOf(g.approval(), "briefs.vague_approval"))) {
                out.add(new FillerText(g, "approval", "approval step", g.approval()));
            }
        }
        return out;
    }

    /** True when the text is absent (another rule's business) or says something in enough words. */
    private static boolean says(String text, int minWords, RuleData data) {
        if (text == null || text.isBlank()) return true;
        if (data.blank(text)) return false;
        return text.strip().split("\\s+").length >= minWords;
    }

    private static boolean isPlaceholder(String text, RuleData data) {
        return text != null && !text.isBlank() && data.blank(text);
    }
}
