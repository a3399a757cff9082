package io.briefcheck.model;

import java.util.List;

/** {@code kind: results} — what a post achieved after publication. */
public record Results(
        Source source,
        String post,
        String brief,
        Platform platform,
        Format format,
        Industry industry,
        Long reach,
        Long impressions,
        Long likes,
        Long comments,
        Long saves,
        Long shares,
        Long clicks,
        List<Long> frameViews,
        Long conversions,
        Long discountCodeUses,
        Double revenue,
        Double cost) implements Located {
}
