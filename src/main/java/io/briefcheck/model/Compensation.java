package io.briefcheck.model;

import java.util.Objects;

public record Compensation(Source source, CompensationModel model, Money fee, String product,
                           String paymentTerms) implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Compensation other && Objects.equals(source, other.source)
                && Objects.equals(model, other.model) && Objects.equals(fee, other.fee)
                && Objects.equals(product, other.product) && Objects.equals(paymentTerms, other.paymentTerms);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
