package io.briefcheck.analysis.disclosure;

import io.briefcheck.engine.Deriver;
import io.briefcheck.engine.RuleData;
import io.briefcheck.model.Brief;
import io.briefcheck.model.Handles;
import io.briefcheck.model.Influencer;
import io.briefcheck.model.Located;
import io.briefcheck.model.Market;
import io.briefcheck.model.Post;
import io.briefcheck.model.RunSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives the facts the disclosure packs (ftc/, asa/, rsm/, uwg/, fr/, eu/) reason over: per post {@link Draft} and the signals
 * found in it ({@link ConnectionSignal}, {@link ClaimHit}, {@link FilterUse}, ...); per post and market
 * it is checked for, {@link CheckedFor}, {@link Disclosure}, {@link UnlabeledFrame}, {@link DisclosureGap}
 * and {@link CaptionFix}; per EU/EEA country without a pack of its own, {@link EuCountry}. Java finds and
 * places; the DRL decides (e.g. {@link IsAd}). Markets: {@code --market} when given, else the post's
 * {@code market}/{@code markets}, else its brief's {@code campaign.markets}, else the default (US).
 * For every brief that names a label, a {@link RequestedLabel} per market it is aimed at.
 */
public final class DisclosureDeriver implements Deriver {

    /**
     * The analysers configured for the last rule set seen: normally one per process. Only one is kept, so
     * a process that builds many engines (tests, a server reloading rules) does not keep them all.
     */
    private volatile DisclosureConfig last;

    private DisclosureConfig config(RuleData data) {
        DisclosureConfig cfg = last;
        if (cfg == null || cfg.data != data) last = cfg = new DisclosureConfig(data);
        return cfg;
    }

    @Override
    public List<Object> derive(List<Located> facts, RunSettings settings, RuleData data) {
        List<Object> out = new ArrayList<>();
        if (facts.stream().noneMatch(f -> f instanceof Post || f instanceof Brief)) return out;
        if (data.get("disclosure.labels") == null) return out; // a rule set without the disclosure packs
        DisclosureConfig cfg = config(data);
        for (Located f : facts) {
            if (f instanceof Brief brief) out.addAll(requestedLabels(cfg, brief, settings));
        }
        for (Located f : facts) {
            if (!(f instanceof Post post)) continue;
            Brief brief = briefOf(post, facts);
            Influencer profile = profileOf(post, facts);
            PostAnalyzer analyzer = new PostAnalyzer(cfg, post, brief, profile);
            out.addAll(analyzer.facts());
            List<String> codes = marketCodes(post, brief, settings);
            for (Market market : cfg.markets(codes)) out.addAll(analyzer.forRules(market));
            out.addAll(cfg.euCountries(post, codes));
            for (String code : cfg.unchecked(codes)) out.add(new UncheckedMarket(post, code));
        }
        return out;
    }

    /** The market codes the post is checked for, as written: --market, else the post's, else its brief's. */
    static List<String> marketCodes(Post post, Brief brief, RunSettings settings) {
        List<String> raw;
        if (settings != null && !settings.markets().isEmpty()) raw = settings.markets();
        else if (post.market() != null && !post.market().isBlank()) raw = List.of(post.market());
        else if (!post.markets().isEmpty()) raw = post.markets();
        else if (brief != null && brief.campaign() != null && !brief.campaign().markets().isEmpty()) raw = brief.campaign().markets();
        else raw = List.of();
        return raw;
    }

    /** The brief's requested label, judged for each market the brief is aimed at. */
    static List<RequestedLabel> requestedLabels(DisclosureConfig cfg, Brief brief, RunSettings settings) {
        if (brief.disclosure() == null || brief.disclosure().label() == null || brief.disclosure().label().isBlank()) {
            return List.of();
        }
        String label = brief.disclosure().label().strip();
        String brand = brief.brand() == null ? null : brief.brand().name();
        NormalizedText text = cfg.normalizer.normalize(label);
        List<Token> hashtags = cfg.tokenizer.tokens(text.text()).stream().filter(t -> t.kind() == Token.Kind.HASHTAG).toList();
        List<String> raw = settings != null && !settings.markets().isEmpty() ? settings.markets()
                : brief.campaign() != null ? brief.campaign().markets() : List.of();
        List<RequestedLabel> out = new ArrayList<>();
        for (Market market : cfg.markets(raw)) {
            LabelKind best = null;
            for (LabelMatch m : cfg.vocabulary(market.name()).find(text, brand, hashtags)) {
                if (m.lookalike()) continue;
                if (best == null || m.kind().ordinal() < best.ordinal()) best = m.kind();
            }
            out.add(new RequestedLabel(brief, market, label, best));
        }
        return out;
    }

    private static Brief briefOf(Post post, List<Located> facts) {
        if (post.brief() == null) return null;
        for (Located f : facts) if (f instanceof Brief b && post.brief().equals(b.id())) return b;
        return null;
    }

    private static Influencer profileOf(Post post, List<Located> facts) {
        if (post.author() == null) return null;
        String want = Handles.key(post.author());
        for (Located f : facts) if (f instanceof Influencer in && Handles.key(in.handle()).equals(want)) return in;
        return null;
    }
}
