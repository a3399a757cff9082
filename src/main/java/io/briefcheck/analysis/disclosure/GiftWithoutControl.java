package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/**
 * Inferred fact (rules/asa/labels.drl): a free product or loan, with no brief linked and no control
 * declared for the brand, so a UK post may say it was a gift instead of "Ad". {@code known}: the post says
 * so ({@code brand_control: false} or an unsolicited {@code gift:}); otherwise nobody said.
 */
public record GiftWithoutControl(Post post, boolean known) {
}
