package io.briefcheck.model;

import java.util.List;

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
        return 31 * java.util.Objects.hashCode(source) + java.util.Objects.hashCode(handle);
    }
}
