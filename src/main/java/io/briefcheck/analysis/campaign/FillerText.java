package io.briefcheck.analysis.campaign;

import io.briefcheck.model.Located;

/**
 * A free-text field of a brief that says nothing: a placeholder such as "have fun!" or "tbd"
 * ({@code text.placeholders}), or fewer words than a sentence needs ({@code briefs.min_words}).
 *
 * @param owner the fact the text belongs to; {@code path} is relative to it
 * @param field what the field is, in words ("objective", "key message")
 */
public record FillerText(Located owner, String path, String field, String text) {
}
