package io.briefcheck.model;

/** Content formats. */
public enum Format implements Coded {
    POST, STORY, REEL, VIDEO, SHORT, LIVE, TWEET, PIN, BLOG_ARTICLE
}
