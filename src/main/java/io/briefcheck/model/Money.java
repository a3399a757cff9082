package io.briefcheck.model;

public record Money(Source source, Double amount, String currency, String per) implements Located {
}
