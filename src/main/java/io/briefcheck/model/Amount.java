package io.briefcheck.model;

/** A KPI target: a plain number ({@code 5000}) or a percentage ({@code "4%"}). */
public record Amount(double value, boolean percent, String text) {
    @Override
    public String toString() {
        return text;
    }
}
