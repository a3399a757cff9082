package io.briefcheck.model;

import java.util.List;
import java.util.Objects;

/** {@code kind: brief} — a campaign brief as the brand sends it to creators. */
public record Brief(
        Source source,
        String id,
        @Required Brand brand,
        Campaign campaign,
        Audience audience,
        List<String> keyMessages,
        List<Deliverable> deliverables,
        Guidelines guidelines,
        DisclosurePolicy disclosure,
        Compensation compensation,
        Budget budget,
        Contract contract,
        Relationship relationship,
        List<BriefClaim> claims,
        List<Influencer> influencers) implements Located {

    /**
     * Hashes only the source and id, so equal briefs still hash equally: the rule engine hashes every fact
     * that names the brief many times over, and the generated hash walked the whole brief.
     */
    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(source) + Objects.hashCode(id);
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Brief other && Objects.equals(source, other.source)
                && Objects.equals(id, other.id) && Objects.equals(brand, other.brand)
                && Objects.equals(campaign, other.campaign) && Objects.equals(audience, other.audience)
                && Objects.equals(keyMessages, other.keyMessages) && Objects.equals(deliverables, other.deliverables)
                && Objects.equals(guidelines, other.guidelines) && Objects.equals(disclosure, other.disclosure)
                && Objects.equals(compensation, other.compensation) && Objects.equals(budget, other.budget)
                && Objects.equals(contract, other.contract) && Objects.equals(relationship, other.relationship)
                && Objects.equals(claims, other.claims) && Objects.equals(influencers, other.influencers);
    }
}
