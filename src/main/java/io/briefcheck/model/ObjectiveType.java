package io.briefcheck.model;

/** Campaign goals. */
public enum ObjectiveType implements Coded {
    AWARENESS, SALES, LEADS, ENGAGEMENT, TRAFFIC, UGC, LOYALTY
}
