package io.briefcheck.analysis.campaign;

import io.briefcheck.model.Brief;
import java.util.Objects;

/**
 * Inferred fact (rules/brief/essentials.drl): the brief lacks an {@link Essential}, or gives only filler
 * for it. The brief/ rules that name the gap and mistake/vague-brief, which counts them, all match it.
 */
public record Missing(Brief brief, Essential essential) {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Missing other && Objects.equals(brief, other.brief)
                && Objects.equals(essential, other.essential);
    }

    @Override
    public int hashCode() {
        return Objects.hash(brief, essential);
    }
}
