package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Connection;
import io.briefcheck.model.Post;

/**
 * Derived fact: the post says in words that are not an ad label what ties it to the brand
 * ({@code disclosure.statements}): that the product was a gift or a loan ({@code about} GIFTED: "#gifted",
 * "PR product from X") or that the brand is the creator's own ({@code about} OWNER: "my own shop",
 * "I founded X"). {@code text} at {@code path} [start, end), in the caption, said, on screen or on frame
 * {@code index}. {@code upfront}: seen before anything else, as {@link ConnectionStatements} decides.
 */
public record ConnectionStatement(Post post, Connection about, Place place, String path, int index, int start, int end,
                                  String text, boolean upfront) {

    /** Earlier in the post than {@code other}: the caption first, then speech, on-screen text and frames, each in order. */
    public boolean precedes(ConnectionStatement other) {
        if (place != other.place) return place.ordinal() < other.place.ordinal();
        if (index != other.index) return index < other.index;
        return start < other.start;
    }
}
