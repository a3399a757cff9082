package io.briefcheck.model;

/** Material connection between a creator and a brand (FTC's term). */
public enum Connection implements Coded {
    PAID, GIFTED, AFFILIATE, EMPLOYEE, FAMILY, LOAN, NONE, UNKNOWN
}
