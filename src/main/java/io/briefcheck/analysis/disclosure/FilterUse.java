package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/**
 * Derived fact: the post uses effect filters ({@code filters}, the ones not listed as neutral, "" when
 * only {@code media.edited_results} is set) or edited results. {@code exaggerating} when a filter is
 * one of {@code disclosure.exaggerating_filters} or the results were edited; {@code mentioned} when the
 * post says so in words ({@code disclosure.filter_disclosures}, not negated).
 */
public record FilterUse(Post post, String filters, boolean exaggerating, boolean mentioned) {

    /** The field a finding points at. */
    public String path() {
        return filters.isEmpty() ? "media.edited_results" : "media.filters";
    }

    /** What was used, for messages. */
    public String used() {
        return filters.isEmpty() ? "edited results" : filters;
    }
}
