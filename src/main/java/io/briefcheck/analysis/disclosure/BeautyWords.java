package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/** Derived fact: the caption speaks of cosmetics or skin ({@code disclosure.beauty_words}), e.g. "serum". */
public record BeautyWords(Post post, String word) {
}
