package io.briefcheck.engine;

import io.briefcheck.core.Box;
import io.briefcheck.model.Located;
import io.briefcheck.model.Market;

/**
 * What a rule reports, handed to {@link Findings#report}: the fact and the field {@code path} below
 * it, what is wrong ({@code message}) and how to fix it ({@code fix}). Optional: a character range
 * [{@code start}, {@code end}) inside the field's text ({@code -1} when none), the {@code market} the
 * rule judges for, a {@code suggestion} (the whole rewritten text, e.g. the fixed caption) and a {@code box}
 * (where on a picture).
 * <pre>
 * findings.report(drools.getRule(), Flag.at($p, "caption", "message", "fix").span(s, e).in(Market.US))
 * </pre>
 */
public record Flag(Located fact, String path, String message, String fix, int start, int end, Market market,
                   String suggestion, Box box) {

    public static Flag at(Located fact, String path, String message, String fix) {
        return new Flag(fact, path, message, fix, -1, -1, null, null, null);
    }

    /** The characters [start, end) of the field's text; a negative start means the whole field. */
    public Flag span(int start, int end) {
        return new Flag(fact, path, message, fix, start, end, market, suggestion, box);
    }

    public Flag in(Market m) {
        return new Flag(fact, path, message, fix, start, end, m, suggestion, box);
    }

    public Flag suggest(String text) {
        return new Flag(fact, path, message, fix, start, end, market, text, box);
    }

    /** The place on a story frame or video frame the finding is about; null (text only) changes nothing. */
    public Flag box(Box b) {
        return new Flag(fact, path, message, fix, start, end, market, suggestion, b);
    }

    boolean hasSpan() {
        return start >= 0;
    }
}
