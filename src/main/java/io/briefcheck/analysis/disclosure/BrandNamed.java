package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/**
 * Derived fact: what the post shows or says names its brand ({@code brand:}, else the brief's), by name or
 * in a hashtag, mention or link that spells it, at {@code path}. Absent when no brand is known: then
 * briefcheck cannot tell whether the sponsor is named.
 */
public record BrandNamed(Post post, String path) {
}
