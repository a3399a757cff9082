package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Brief;

/**
 * The label a brief asks creators to use ({@code disclosure.label}), judged against one market's
 * vocabulary, the same one the ftc/, asa/ and rsm/ rules judge posts by. {@code kind} is accepted,
 * vague or rejected, or {@code unknown} when the vocabulary does not list the label.
 */
public record RequestedLabel(Brief brief, String market, String label, String kind) {
}
