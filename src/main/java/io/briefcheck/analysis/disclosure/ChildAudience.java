package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/** Inferred fact (rules/disclosure/post.drl): the post is aimed at children, by its brief or its creator's audience. */
public record ChildAudience(Post post) {
}
