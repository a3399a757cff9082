package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/**
 * Derived fact: the post itself shows a tie to a brand, whatever its {@code connection} says: a discount
 * code, an affiliate link, shop-link wording ("swipe up to shop") or a brand's giveaway ({@code kind};
 * {@code what} in words, e.g. "the discount code TESS20"), at {@code path} [start, end) in any text of
 * the post ({@code start} is -1 when the signal is a whole field, such as {@code links[0]}).
 */
public record ConnectionSignal(Post post, SignalKind kind, String what, String path, int start, int end) {

    /** {@link #what} with a capital first letter, to open a sentence. */
    public String opening() {
        return what.substring(0, 1).toUpperCase(java.util.Locale.ROOT) + what.substring(1);
    }
}
