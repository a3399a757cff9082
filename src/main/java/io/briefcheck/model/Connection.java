package io.briefcheck.model;

/**
 * Material connection between a creator and a brand (FTC's term). {@code OWNER}: the creator owns,
 * directs, co-designed or holds shares in the brand (its own brand).
 */
public enum Connection implements Coded {
    PAID, GIFTED, AFFILIATE, EMPLOYEE, OWNER, FAMILY, LOAN, NONE, UNKNOWN
}
