package io.briefcheck.analysis.campaign;

import io.briefcheck.engine.Deriver;
import io.briefcheck.engine.RuleData;
import io.briefcheck.model.Brief;
import io.briefcheck.model.Industry;
import io.briefcheck.model.Kpi;
import io.briefcheck.model.Located;
import io.briefcheck.model.Post;
import io.briefcheck.model.Results;
import io.briefcheck.model.RunSettings;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Derives a {@link PostMetrics} per results document, and a {@link KpiProgress} per KPI of each
 * brief that has results, so the rules can hold what happened against what the brief asked for.
 */
public final class PostMetricsDeriver implements Deriver {

    @Override
    public List<Object> derive(List<Located> facts, RunSettings settings, RuleData data) {
        Map<String, Brief> briefs = new HashMap<>();
        Map<String, Post> posts = new HashMap<>();
        for (Located f : facts) {
            if (f instanceof Brief b && b.id() != null) briefs.putIfAbsent(b.id(), b);
            if (f instanceof Post p && p.id() != null) posts.putIfAbsent(p.id(), p);
        }
        List<Object> out = new ArrayList<>();
        Map<Brief, List<Results>> byBrief = new HashMap<>();
        for (Located f : facts) {
            if (!(f instanceof Results r)) continue;
            Brief brief = briefOf(r, briefs, posts);
            out.add(metrics(r, brief, data));
            if (brief != null) byBrief.computeIfAbsent(brief, k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<Brief, List<Results>> e : byBrief.entrySet()) {
            Brief b = e.getKey();
            if (b.campaign() == null) continue;
            for (Kpi k : b.campaign().kpis()) {
                if (k.metric() == null || k.target() == null) continue;
                out.add(new KpiProgress(b, k, KpiActuals.of(k.metric(), e.getValue()), e.getValue().size()));
            }
        }
        return out;
    }

    private static Brief briefOf(Results r, Map<String, Brief> briefs, Map<String, Post> posts) {
        if (r.brief() != null && briefs.containsKey(r.brief())) return briefs.get(r.brief());
        Post p = r.post() == null ? null : posts.get(r.post());
        return p == null || p.brief() == null ? null : briefs.get(p.brief());
    }

    static PostMetrics metrics(Results r, Brief brief, RuleData data) {
        Industry industry = r.industry() != null ? r.industry()
                : brief != null && brief.campaign() != null ? brief.campaign().industry() : null;
        Long interactions = Engagement.interactions(r.likes(), r.comments(), r.saves(), r.shares());
        Double err = Engagement.byReach(r.likes(), r.comments(), r.saves(), r.reach());
        String code = industry == null ? "" : industry.code();
        Double low = data.get("results.ctr." + code + ".low") instanceof Number n ? n.doubleValue() : null;
        Double high = data.get("results.ctr." + code + ".high") instanceof Number n ? n.doubleValue() : null;
        return new PostMetrics(r.source(), r, brief, industry, interactions, err, ErrBands.from(data).of(err),
                StoryCompletion.of(r.frameViews()),
                CampaignMetrics.ctr(r.clicks(), r.impressions(), r.reach()),
                CampaignMetrics.ctrBase(r.clicks(), r.impressions(), r.reach()), low, high,
                CampaignMetrics.cpm(r.cost(), r.impressions()),
                CampaignMetrics.costPerEngagement(r.cost(), interactions),
                CampaignMetrics.roi(r.revenue(), r.cost()));
    }

    /** Sums of one count over the results that report it; null when none does. */
    static Double sum(List<Results> results, Function<Results, ? extends Number> field) {
        Double total = null;
        for (Results r : results) {
            Number v = field.apply(r);
            if (v != null) total = (total == null ? 0 : total) + v.doubleValue();
        }
        return total;
    }
}
