package io.briefcheck.engine;

import io.briefcheck.model.Located;
import io.briefcheck.model.Market;

/**
 * What a rule reports, handed to {@link Findings#report}: the fact and the field {@code path} below
 * it, what is wrong ({@code message}) and how to fix it ({@code fix}). Optional: a character range
 * [{@code start}, {@code end}) inside the field's text ({@code -1} when none), the {@code market} the
 * rule judges for, and a {@code suggestion} (the whole rewritten text, e.g. the fixed caption).
 * <pre>
 * findings.report(drools.getRule(), Flag.at($p, "caption", "message", "fix").span(s, e).in(Market.US))
 * </pre>
 */
public record Flag(Located fact, String path, String message, String fix, int start, int end, Market market,
                   String suggestion) {

    public static Flag at(Located fact, String path, String message, String fix) {
        return new Flag(fact, path, message, fix, -1, -1, null, null);
    }

    /** The characters [start, end) of the field's text; a negative start means the whole field. */
    public Flag span(int start, int end) {
        return new Flag(fact, path, message, fix, start, end, market, suggestion);
    }

    public Flag in(Market m) {
        return new Flag(fact, path, message, fix, start, end, m, suggestion);
    }

    public Flag suggest(String text) {
        return new Flag(fact, path, message, fix, start, end, market, text);
    }

    boolean hasSpan() {
        return start >= 0;
    }
}
