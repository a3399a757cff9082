package io.briefcheck.analysis.campaign;

import io.briefcheck.engine.Deriver;
import io.briefcheck.engine.RuleData;
import io.briefcheck.model.Brief;
import io.briefcheck.model.Handles;
import io.briefcheck.model.Influencer;
import io.briefcheck.model.Located;
import io.briefcheck.model.RunSettings;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Derives one {@link CreatorStats} per creator of a group: per roster entry of each brief (merged
 * with the profile file of the same handle and platform), and per profile no brief lists.
 */
public final class CreatorStatsDeriver implements Deriver {

    @Override
    public List<Object> derive(List<Located> facts, RunSettings settings, RuleData data) {
        Map<String, Influencer> profiles = new LinkedHashMap<>();
        for (Located f : facts) {
            if (f instanceof Influencer in && complete(in)) profiles.putIfAbsent(key(in), in);
        }
        Tiering tiering = Tiering.from(data);
        List<Object> out = new ArrayList<>();
        Set<String> onRoster = new HashSet<>();
        for (Located f : facts) {
            if (!(f instanceof Brief b)) continue;
            for (Influencer entry : b.influencers()) {
                if (!complete(entry)) continue;
                Influencer profile = profiles.get(key(entry));
                if (profile != null) onRoster.add(key(entry));
                out.add(stats(merge(entry, profile), entry, profile, b, tiering, data));
            }
        }
        for (Map.Entry<String, Influencer> e : profiles.entrySet()) {
            if (!onRoster.contains(e.getKey())) out.add(stats(e.getValue(), null, e.getValue(), null, tiering, data));
        }
        return out;
    }

    /** Handle, platform and followers are required; without them input/missing-field has spoken and there is nothing to compute. */
    private static boolean complete(Influencer in) {
        return in.handle() != null && !in.handle().isBlank() && in.platform() != null && in.followers() != null;
    }

    private static CreatorStats stats(Influencer c, Influencer roster, Influencer profile, Brief brief, Tiering tiering,
                                      RuleData data) {
        String tier = tiering.tierOf(c.followers());
        Double rate = Engagement.byFollowers(c.avgLikes(), c.avgComments(), c.avgSaves(), c.avgShares(), c.followers());
        String platform = c.platform() == null ? "" : c.platform().code();
        Double low = numberOrNull(data, "rates." + tier + "." + platform + ".low");
        Double high = numberOrNull(data, "rates." + tier + "." + platform + ".high");
        Object per = data.get("rates." + tier + "." + platform + ".per");
        return new CreatorStats(c.source(), c, roster, profile, brief, tier, rate, floor(data, platform, tier),
                FollowerGrowth.stretches(c.followerHistory()), low, high, per == null ? null : String.valueOf(per));
    }

    /** The most specific engagement floor: platform and tier, else platform, else the default. */
    private static double floor(RuleData data, String platform, String tier) {
        for (String path : List.of("creators.engagement_floor." + platform + "." + tier,
                "creators.engagement_floor." + platform + ".default", "creators.engagement_floor.default")) {
            Double v = numberOrNull(data, path);
            if (v != null) return v;
        }
        return data.number("creators.engagement_floor.default");
    }

    private static Double numberOrNull(RuleData data, String path) {
        return data.get(path) instanceof Number n ? n.doubleValue() : null;
    }

    private static String key(Influencer in) {
        return Handles.key(in.handle()) + "|" + (in.platform() == null ? "" : in.platform().code());
    }

    /** The profile's values, with the roster entry filling what the profile leaves out. */
    static Influencer merge(Influencer roster, Influencer profile) {
        if (profile == null) return roster;
        return new Influencer(profile.source(), profile.handle(), profile.platform(), first(profile.followers(), roster.followers()),
                first(profile.following(), roster.following()),
                first(profile.postsLast12Months(), roster.postsLast12Months()),
                first(profile.videosLast12Months(), roster.videosLast12Months()),
                first(profile.avgLikes(), roster.avgLikes()), first(profile.avgComments(), roster.avgComments()),
                first(profile.avgSaves(), roster.avgSaves()), first(profile.avgShares(), roster.avgShares()),
                first(profile.avgReach(), roster.avgReach()),
                profile.niche().isEmpty() ? roster.niche() : profile.niche(),
                first(profile.audience(), roster.audience()),
                profile.followerHistory().isEmpty() ? roster.followerHistory() : profile.followerHistory(),
                first(profile.audit(), roster.audit()), first(profile.rate(), roster.rate()),
                first(profile.kvkRegistered(), roster.kvkRegistered()),
                first(roster.selectionReason(), profile.selectionReason()));
    }

    private static <T> T first(T a, T b) {
        return a != null ? a : b;
    }
}
