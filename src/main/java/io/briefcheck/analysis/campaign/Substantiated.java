package io.briefcheck.analysis.campaign;

import io.briefcheck.model.BriefClaim;

/**
 * Inferred fact (rules/brief/claims.drl): the brief backs this claim with evidence that names what it
 * is and pins it down. The brief's own rule and every market's claim rule for posts match it, so
 * "trust me" backs a claim nowhere.
 */
public record Substantiated(BriefClaim claim) {
}
