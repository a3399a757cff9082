package io.briefcheck.analysis.disclosure;

/** A piece of a caption with its place in the normalized text: [start, end). */
public record Token(Kind kind, String text, int start, int end) {
    public enum Kind { HASHTAG, MENTION, URL, DISCOUNT_CODE, LINK_IN_BIO }
}
