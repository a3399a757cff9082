package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/**
 * Derived fact: the post names a market ({@code code}, as written) that briefcheck has no rules for:
 * not a market of its own, nor an EU/EEA country the EU baseline covers.
 */
public record UncheckedMarket(Post post, String code) {
}
