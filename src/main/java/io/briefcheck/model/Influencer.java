package io.briefcheck.model;

import java.util.List;
import java.util.Objects;

/** {@code kind: influencer}, and each entry of a brief's {@code influencers:} roster. */
public record Influencer(
        Source source,
        @Required String handle,
        @Required Platform platform,
        @Required Long followers,
        Long following,
        Integer postsLast12Months,
        Integer videosLast12Months,
        Long avgLikes,
        Long avgComments,
        Long avgSaves,
        Long avgShares,
        Long avgReach,
        List<String> niche,
        InfluencerAudience audience,
        List<FollowerSnapshot> followerHistory,
        Audit audit,
        Money rate,
        Boolean kvkRegistered,
        String selectionReason) implements Located {

    /**
     * Hashes only the source and handle, so equal profiles still hash equally: the rule engine hashes every fact
     * that names the profile many times over, and the generated hash walked the whole profile.
     */
    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(source) + Objects.hashCode(handle);
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Influencer other && Objects.equals(source, other.source)
                && Objects.equals(handle, other.handle) && Objects.equals(platform, other.platform)
                && Objects.equals(followers, other.followers) && Objects.equals(following, other.following)
                && Objects.equals(postsLast12Months, other.postsLast12Months)
                && Objects.equals(videosLast12Months, other.videosLast12Months)
                && Objects.equals(avgLikes, other.avgLikes) && Objects.equals(avgComments, other.avgComments)
                && Objects.equals(avgSaves, other.avgSaves) && Objects.equals(avgShares, other.avgShares)
                && Objects.equals(avgReach, other.avgReach) && Objects.equals(niche, other.niche)
                && Objects.equals(audience, other.audience) && Objects.equals(followerHistory, other.followerHistory)
                && Objects.equals(audit, other.audit) && Objects.equals(rate, other.rate)
                && Objects.equals(kvkRegistered, other.kvkRegistered)
                && Objects.equals(selectionReason, other.selectionReason);
    }
}
