package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/** Derived fact: the first phrase urging children to act ({@code disclosure.child_exhortations}), at {@code path} [start, end). */
public record ChildExhortation(Post post, String text, String path, int start, int end) {
}
