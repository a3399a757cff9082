package io.briefcheck.model;

/** Whose account publishes a post: the creator's, the brand's own (or a repost or boosted post), or an agency's. */
public enum PostedBy implements Coded {
    CREATOR, BRAND, AGENCY
}
