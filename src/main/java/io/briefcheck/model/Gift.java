package io.briefcheck.model;

/** {@code gift:} on a post — the product was free; {@code unsolicited} when the brand sent it without asking for a post. */
public record Gift(Source source, Boolean unsolicited) implements Located {
}
