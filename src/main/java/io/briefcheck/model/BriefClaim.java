package io.briefcheck.model;

/** A claim creators may make, with the evidence behind it. */
public record BriefClaim(Source source, String text, String substantiation) implements Located {
}
