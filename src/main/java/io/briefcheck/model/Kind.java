package io.briefcheck.model;

/** The four kinds of input document. */
public enum Kind implements Coded {
    BRIEF, POST, INFLUENCER, RESULTS
}
