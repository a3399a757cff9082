package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/**
 * Derived fact: the post speaks of something some markets forbid or restrict influencers to promote
 * ({@code topic}, a key of {@code disclosure.banned_promotions} or, when not {@code banned},
 * {@code disclosure.restricted_promotions}); {@code text} is the first phrase found, at [start, end) of
 * the field at {@code path}.
 */
public record PromotionTopic(Post post, String topic, boolean banned, String text, String path, int start, int end) {

    /** The topic in words, for messages. */
    public String words() {
        return switch (topic) {
            case "cosmetic_surgery" -> "cosmetic surgery or aesthetic procedures";
            case "nicotine" -> "nicotine products";
            case "wild_animals" -> "wild animals";
            case "crypto_finance" -> "financial or crypto-asset offers";
            case "gambling" -> "gambling";
            default -> topic.replace('_', ' ');
        };
    }
}
