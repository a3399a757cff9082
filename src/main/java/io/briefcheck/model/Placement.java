package io.briefcheck.model;

/** Where the brief asks the disclosure label to go. */
public enum Placement implements Coded {
    CAPTION_START, ABOVE_FOLD, ANYWHERE
}
