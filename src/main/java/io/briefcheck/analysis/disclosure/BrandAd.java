package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/**
 * Inferred fact (rules/disclosure/post.drl): the post is the brand's own marketing, whatever its tie to the
 * creator: made for the brand's brief, or published by the brand itself ({@code posted_by: brand}: its
 * account, a repost, a boosted or whitelisted post). Claim and filter rules judge it as an ad.
 */
public record BrandAd(Post post) {
}
