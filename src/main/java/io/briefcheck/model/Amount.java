package io.briefcheck.model;

import java.util.Objects;

/** A KPI target: a plain number ({@code 5000}) or a percentage ({@code "4%"}). */
public record Amount(double value, boolean percent, String text) {
    @Override
    public String toString() {
        return text;
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Amount other && Double.compare(value, other.value) == 0
                && percent == other.percent && Objects.equals(text, other.text);
    }

    @Override
    public int hashCode() {
        return Objects.hash(value, percent, text);
    }
}
