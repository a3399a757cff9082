package io.briefcheck.model;

/** Social platforms a deliverable, post or creator lives on. */
public enum Platform implements Coded {
    INSTAGRAM, TIKTOK, YOUTUBE, FACEBOOK, TWITTER, PINTEREST, TWITCH, BLOG, LINKEDIN, SNAPCHAT
}
