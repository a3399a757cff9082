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
}
