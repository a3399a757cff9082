package io.briefcheck.model;

import java.util.List;

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
        return 31 * java.util.Objects.hashCode(source) + java.util.Objects.hashCode(id);
    }
}
