package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Influencer;

/**
 * Inferred fact (rules/rsm/mediawet.drl): whether the Dutch Media Act's rules for video uploaders cover
 * the creator ({@code applies}), as far as the profile shows. No fact when the profile leaves it open.
 */
public record MediaAct(Influencer profile, boolean applies) {
}
