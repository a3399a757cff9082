package io.briefcheck.model;

import java.util.Objects;

/** A brief's total budget for the creators' fees: {@code budget: {amount: 3000, currency: EUR}}. */
public record Budget(Source source, Double amount, String currency) implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Budget other && Objects.equals(source, other.source)
                && Objects.equals(amount, other.amount) && Objects.equals(currency, other.currency);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
