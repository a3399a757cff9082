package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Influencer;
import java.util.Objects;

/**
 * Inferred fact (rules/rsm/mediawet.drl): whether the Dutch Media Act's rules for video uploaders cover
 * the creator ({@code applies}), as far as the profile shows. No fact when the profile leaves it open.
 */
public record MediaAct(Influencer profile, boolean applies) {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof MediaAct other && Objects.equals(profile, other.profile)
                && applies == other.applies;
    }

    @Override
    public int hashCode() {
        return Objects.hash(profile, applies);
    }
}
