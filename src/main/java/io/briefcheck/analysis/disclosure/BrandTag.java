package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/**
 * Derived fact: the post tags or links someone, the first @mention in the caption or else the first of
 * its {@code links} ({@code text}, at [start, end) of the field at {@code path}; -1 when not in a text).
 * Where the law presumes a brand paid for a post that tags it (UWG §5a(4) s.3), this is the tag.
 */
public record BrandTag(Post post, String text, String path, int start, int end) {
}
