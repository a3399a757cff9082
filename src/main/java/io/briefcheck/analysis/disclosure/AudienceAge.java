package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/**
 * Derived fact: an age range written for the post's audience ("6-12", "8 to 12"), in its brief's
 * {@code audience.age} or its creator's profile ({@code whose}: "brief" or "creator").
 */
public record AudienceAge(Post post, String whose, int from, int to) {
}
