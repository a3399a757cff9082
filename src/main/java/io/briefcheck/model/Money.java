package io.briefcheck.model;

import java.util.Objects;

public record Money(Source source, Double amount, String currency, String per) implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Money other && Objects.equals(source, other.source)
                && Objects.equals(amount, other.amount) && Objects.equals(currency, other.currency)
                && Objects.equals(per, other.per);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
