package io.briefcheck.analysis.disclosure;

import io.briefcheck.engine.RuleData;
import io.briefcheck.model.Platform;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where each platform cuts a caption behind "more": {@code disclosure.fold.<platform>} in
 * {@code rules/data/disclosure.yaml}. The rules and the web page's preview read the fold here, so
 * they mark the same cut.
 */
public final class FoldLengths {
    private FoldLengths() {
    }

    /** The platform's fold in characters, or null when the data gives none (a platform without a "more" cut). */
    public static Integer of(RuleData data, String platform) {
        return data.get("disclosure.fold." + platform) instanceof Number n ? n.intValue() : null;
    }

    /** Every platform that has a fold, by platform code. */
    public static Map<String, Integer> all(RuleData data) {
        Map<String, Integer> out = new TreeMap<>();
        for (Platform p : Platform.values()) {
            Integer fold = of(data, p.code());
            if (fold != null) out.put(p.code(), fold);
        }
        return out;
    }
}
