package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;
import java.util.Objects;

/**
 * Inferred fact (rules/disclosure/post.drl): the post is the brand's own marketing, whatever its tie to the
 * creator: made for the brand's brief, or published by the brand itself ({@code posted_by: brand}: its
 * account, a repost, a boosted or whitelisted post). Claim and filter rules judge it as an ad.
 */
public record BrandAd(Post post) {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof BrandAd other && Objects.equals(post, other.post);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(post);
    }
}
