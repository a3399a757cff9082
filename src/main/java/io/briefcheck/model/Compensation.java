package io.briefcheck.model;

public record Compensation(Source source, CompensationModel model, Money fee, String product,
                           String paymentTerms) implements Located {
}
