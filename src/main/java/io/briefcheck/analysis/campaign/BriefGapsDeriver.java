package io.briefcheck.analysis.campaign;

import io.briefcheck.engine.Deriver;
import io.briefcheck.engine.RuleData;
import io.briefcheck.model.Audience;
import io.briefcheck.model.Brief;
import io.briefcheck.model.Campaign;
import io.briefcheck.model.Compensation;
import io.briefcheck.model.CompensationModel;
import io.briefcheck.model.Guidelines;
import io.briefcheck.model.Located;
import io.briefcheck.model.Objective;
import io.briefcheck.model.RunSettings;
import java.util.ArrayList;
import java.util.List;

/** Derives, per brief, the {@link BriefGaps} and every {@link FillerText} that mistake/vague-brief reports. */
public final class BriefGapsDeriver implements Deriver {

    @Override
    public List<Object> derive(List<Located> facts, RunSettings settings, RuleData data) {
        List<Object> out = new ArrayList<>();
        for (Located f : facts) {
            if (!(f instanceof Brief b)) continue;
            out.add(new BriefGaps(b, missing(b, data)));
            out.addAll(filler(b, data));
        }
        return out;
    }

    static List<String> missing(Brief b, RuleData data) {
        List<String> missing = new ArrayList<>();
        Campaign c = b.campaign();
        if (c == null || c.objectives().stream().allMatch(o -> o.type() == null && data.blank(o.description()))) {
            missing.add("goals");
        }
        Audience a = b.audience();
        if (a == null || (data.blank(a.description()) && data.blank(a.age()) && data.blank(a.interests()))) {
            missing.add("target audience");
        }
        if (data.blank(b.keyMessages())) missing.add("key messages");
        if (b.deliverables().isEmpty()) missing.add("deliverables");
        if (c == null || c.start() == null || c.end() == null) missing.add("timeline");
        Compensation pay = b.compensation();
        if (pay == null || pay.model() == null
                || (pay.model() != CompensationModel.PRODUCT_ONLY && data.blank(pay.paymentTerms()))) {
            missing.add("payment terms");
        }
        return missing;
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
