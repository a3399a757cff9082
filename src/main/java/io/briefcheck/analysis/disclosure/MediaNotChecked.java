package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/**
 * Derived fact: a picture or video of the post whose text could not be read, at {@code path}, with why
 * ({@code message}: a tool that is not installed, a file that is no picture, a tool that took too long) and
 * what to do. One per post and reason: five frames without Tesseract make one fact.
 */
public record MediaNotChecked(Post post, String path, String message, String fix) {
}
