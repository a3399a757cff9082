package io.briefcheck.model;

/** A brief's total budget for the creators' fees: {@code budget: {amount: 3000, currency: EUR}}. */
public record Budget(Source source, Double amount, String currency) implements Located {
}
