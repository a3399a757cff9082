package io.briefcheck.analysis.campaign;

import io.briefcheck.model.Brief;

/**
 * Inferred fact (rules/brief/essentials.drl): the brief lacks an {@link Essential}, or gives only filler
 * for it. The brief/ rules that name the gap and mistake/vague-brief, which counts them, all match it.
 */
public record Missing(Brief brief, Essential essential) {
}
