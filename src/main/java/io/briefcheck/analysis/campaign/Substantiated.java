package io.briefcheck.analysis.campaign;

import io.briefcheck.model.BriefClaim;
import java.util.Objects;

/**
 * Inferred fact (rules/brief/claims.drl): the brief backs this claim with evidence that names what it
 * is and pins it down. The brief's own rule and every market's claim rule for posts match it, so
 * "trust me" backs a claim nowhere.
 */
public record Substantiated(BriefClaim claim) {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Substantiated other && Objects.equals(claim, other.claim);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(claim);
    }
}
