package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/** Inferred fact (rules/disclosure/post.drl): the post advertises cosmetics or skin care. */
public record BeautyPost(Post post) {
}
