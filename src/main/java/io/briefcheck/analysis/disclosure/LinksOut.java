package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/**
 * Derived fact: the post sends its audience to a link: it has {@code links}, a web address in any of its
 * texts, or says where the link is ("link in bio", "swipe up"). An affiliate earns through such a link;
 * without one the UK does not count an affiliate's post as an ad (rules/asa/labels.drl).
 */
public record LinksOut(Post post) {
}
