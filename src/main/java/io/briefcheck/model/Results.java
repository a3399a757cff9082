package io.briefcheck.model;

import java.util.List;
import java.util.Objects;

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

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Results other && Objects.equals(source, other.source)
                && Objects.equals(post, other.post) && Objects.equals(brief, other.brief)
                && Objects.equals(platform, other.platform) && Objects.equals(format, other.format)
                && Objects.equals(industry, other.industry) && Objects.equals(reach, other.reach)
                && Objects.equals(impressions, other.impressions) && Objects.equals(likes, other.likes)
                && Objects.equals(comments, other.comments) && Objects.equals(saves, other.saves)
                && Objects.equals(shares, other.shares) && Objects.equals(clicks, other.clicks)
                && Objects.equals(frameViews, other.frameViews) && Objects.equals(conversions, other.conversions)
                && Objects.equals(discountCodeUses, other.discountCodeUses) && Objects.equals(revenue, other.revenue)
                && Objects.equals(cost, other.cost);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
