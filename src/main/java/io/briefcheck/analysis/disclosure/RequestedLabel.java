package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Brief;
import io.briefcheck.model.Market;

/**
 * The label a brief asks creators to use ({@code disclosure.label}), judged against one market's
 * vocabulary, the same one the ftc/, asa/ and rsm/ rules judge posts by. {@code kind} is how
 * the vocabulary lists it, null when it does not list the label.
 */
public record RequestedLabel(Brief brief, Market market, String label, LabelKind kind) {
}
