package io.briefcheck.model;

/** How long the brand means to work with the creator. */
public enum RelationshipType implements Coded {
    ONE_OFF, ONGOING, AMBASSADOR
}
