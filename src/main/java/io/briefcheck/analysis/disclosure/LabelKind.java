package io.briefcheck.analysis.disclosure;

import java.util.Locale;

/** How a market's regulator sees a label: enough on its own, too vague, or not accepted at all. */
public enum LabelKind {
    ACCEPTED, VAGUE, REJECTED;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }
}
