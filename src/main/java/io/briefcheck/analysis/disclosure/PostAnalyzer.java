package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Brief;
import io.briefcheck.model.BriefClaim;
import io.briefcheck.model.Cue;
import io.briefcheck.model.Frame;
import io.briefcheck.model.Influencer;
import io.briefcheck.model.Market;
import io.briefcheck.model.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything briefcheck reads from one post, then turned into facts per market. The lexical work
 * that does not depend on the market (normalizing, tokens, signals, claims, language) is done once.
 */
final class PostAnalyzer {

    private static final Pattern AGE_RANGE = Pattern.compile("(\\d+)\\s*(?:-|–|to|tot)\\s*(\\d+)");

    private final DisclosureConfig cfg;
    private final Post post;
    private final Brief brief;
    private final Influencer profile;
    private final NormalizedText caption;
    private final List<Token> tokens;
    private final String language;
    private final List<NormalizedText> transcript = new ArrayList<>();
    private final List<NormalizedText> onScreen = new ArrayList<>();
    private final List<NormalizedText> frames = new ArrayList<>();

    private final ConnectionSignal signal;
    private final Integer fold;

    PostAnalyzer(DisclosureConfig cfg, Post post, Brief brief, Influencer profile) {
        this.cfg = cfg;
        this.post = post;
        this.brief = brief;
        this.profile = profile;
        this.caption = cfg.normalizer.normalize(post.caption());
        this.tokens = cfg.tokenizer.tokens(caption.text());
        if (post.video() != null) {
            for (Cue c : post.video().transcript()) transcript.add(cfg.normalizer.normalize(c.text()));
            for (Cue c : post.video().onScreenText()) onScreen.add(cfg.normalizer.normalize(c.text()));
        }
        for (Frame f : post.frames()) frames.add(cfg.normalizer.normalize(f.onScreenText()));
        this.language = language();
        this.signal = signal();
        this.fold = post.platform() == null ? null : cfg.fold(post.platform().code());
    }

    /** The facts that do not depend on the market, once per post. */
    List<Object> facts() {
        List<Object> out = new ArrayList<>();
        String format = post.format() == null ? "" : post.format().code();
        out.add(new Draft(post, brief, profile, language, fold, cfg.videoFormats.contains(format), signal));
        if (signal != null) out.add(signal);
        out.addAll(claims());
        Matcher beauty = cfg.beautyWords.matcher(caption.text());
        if (beauty.find()) out.add(new BeautyWords(post, beauty.group()));
        if (brief != null && brief.audience() != null) out.addAll(ages("brief", brief.audience().age()));
        if (profile != null && profile.audience() != null) out.addAll(ages("creator", profile.audience().age()));
        FilterUse filters = filterUse();
        if (filters != null) out.add(filters);
        ChildExhortation push = exhortation();
        if (push != null) out.add(push);
        if (usesRequestedLabel()) out.add(new RequestedLabelUsed(post, brief.disclosure().label()));
        String briefBrand = brief != null && brief.brand() != null ? brief.brand().name() : null;
        out.addAll(cfg.statements.find(post, post.brand() != null ? post.brand() : briefBrand, fold));
        BrandNamed named = cfg.brands.find(post, java.util.Arrays.asList(post.brand(), briefBrand));
        if (named != null) out.add(named);
        return out;
    }

    /** True when the brief asks for a label and the caption, on-screen text or a frame shows it. */
    private boolean usesRequestedLabel() {
        if (brief == null || brief.disclosure() == null || brief.disclosure().label() == null) return false;
        String label = cfg.normalizer.normalize(brief.disclosure().label().strip()).text().toLowerCase(Locale.ROOT);
        if (label.isEmpty()) return false;
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}#_])" + Pattern.quote(label) + "(?![\\p{L}\\p{N}_])");
        List<NormalizedText> shown = new ArrayList<>(onScreen);
        shown.addAll(frames);
        shown.add(caption);
        return shown.stream().anyMatch(t -> p.matcher(t.text().toLowerCase(Locale.ROOT)).find());
    }

    private String language() {
        if (post.language() != null && !post.language().isBlank()) {
            String l = post.language().strip().toLowerCase(Locale.ROOT);
            return l.length() > 2 ? l.substring(0, 2) : l;
        }
        StringBuilder all = new StringBuilder(withoutTokens(caption.text()));
        for (NormalizedText t : transcript) all.append(' ').append(t.text());
        return cfg.languages.guess(all.toString());
    }

    /** The caption without hashtags, mentions and URLs: they are names, not language. */
    private String withoutTokens(String text) {
        StringBuilder sb = new StringBuilder(text);
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.LINK_IN_BIO || t.kind() == Token.Kind.DISCOUNT_CODE) continue;
            for (int i = t.start(); i < t.end(); i++) sb.setCharAt(i, ' ');
        }
        return sb.toString();
    }

    /** The first discount code or affiliate link in the caption, else the first affiliate link in {@code links}. */
    private ConnectionSignal signal() {
        for (Token t : tokens) {
            boolean code = t.kind() == Token.Kind.DISCOUNT_CODE;
            if (code || t.kind() == Token.Kind.URL && affiliate(t.text())) {
                return new ConnectionSignal(post, (code ? "the discount code " : "the affiliate link ") + t.text(), "caption",
                        caption.originalOffset(t.start()), caption.originalOffset(t.end()));
            }
        }
        for (int i = 0; i < post.links().size(); i++) {
            String link = post.links().get(i);
            if (link != null && affiliate(link)) return new ConnectionSignal(post, "the affiliate link " + link, "links[" + i + "]", -1, -1);
        }
        return null;
    }

    private boolean affiliate(String url) {
        String u = url.toLowerCase(Locale.ROOT);
        return cfg.affiliateMarkers.stream().anyMatch(u::contains);
    }

    /** The facts one market's rules read: the labels as its vocabulary sees them, frames, gaps, the fixed caption. */
    List<Object> forMarket(Market market) {
        List<Object> out = new ArrayList<>();
        out.add(new CheckedFor(post, market));
        Vocabulary vocab = cfg.vocabulary(market.name());
        String brand = post.brand() != null ? post.brand() : brief != null && brief.brand() != null ? brief.brand().name() : null;

        List<Token> hashtags = tokens.stream().filter(t -> t.kind() == Token.Kind.HASHTAG).toList();
        List<LabelMatch> found = vocab.find(caption, brand, hashtags);
        List<String> notes = new ArrayList<>();
        List<int[]> remove = new ArrayList<>();
        String firstAcceptedHashtag = null;
        for (PlacedLabel p : cfg.captions.place(caption, tokens, found, fold)) {
            LabelMatch m = p.match();
            int s = caption.originalOffset(m.start());
            int e = caption.originalOffset(m.end());
            if (m.lookalike()) {
                notes.add(lookalikeNote(caption, m));
                remove.add(new int[] {s, e});
                continue;
            }
            if (m.hashtag() || m.entry().startsWith("[")) remove.add(new int[] {s, e});
            if (firstAcceptedHashtag == null && m.kind() == LabelKind.ACCEPTED && m.hashtag()) {
                firstAcceptedHashtag = caption.originalSlice(m.start(), m.end());
            }
            out.add(new Disclosure(post, market, Place.CAPTION, "caption", -1, caption.originalSlice(m.start(), m.end()),
                    m.kind(), m.language(), s, e, m.hashtag(), p.atStart(), p.aboveFold(), p.runIndex(),
                    p.runLength(), p.inClosingBlock(), null, null));
        }

        List<Cue> spoken = post.video() == null ? List.of() : post.video().transcript();
        List<Cue> shown = post.video() == null ? List.of() : post.video().onScreenText();
        List<double[]> covered = new ArrayList<>();
        List<double[]> coveredSpoken = new ArrayList<>();
        for (int i = 0; i < transcript.size(); i++) {
            Cue c = spoken.get(i);
            for (Disclosure d : cueLabels(vocab, brand, market, transcript.get(i), Place.SPOKEN, "video.transcript[" + i + "].text", i, c, notes)) {
                out.add(d);
                if (d.accepted() && d.at() != null) {
                    covered.add(new double[] {d.at(), d.at()});
                    coveredSpoken.add(new double[] {d.at(), d.at()});
                }
            }
        }
        for (int i = 0; i < onScreen.size(); i++) {
            Cue c = shown.get(i);
            for (Disclosure d : cueLabels(vocab, brand, market, onScreen.get(i), Place.ON_SCREEN, "video.on_screen_text[" + i + "].text", i, c, notes)) {
                out.add(d);
                if (d.accepted() && d.at() != null) covered.add(new double[] {d.at(), d.until() != null ? d.until() : d.at()});
            }
        }
        for (int i = 0; i < frames.size(); i++) {
            List<Disclosure> labels = cueLabels(vocab, brand, market, frames.get(i), Place.FRAME, "frames[" + i + "].on_screen_text", i, null, notes);
            out.addAll(labels);
            if (labels.stream().noneMatch(Disclosure::accepted)) out.add(new UnlabeledFrame(post, market, i, frames.size()));
        }
        Double duration = post.video() == null ? null : post.video().durationS();
        if (duration != null && duration > 0) {
            out.add(largestGap(market, false, covered, duration));
            out.add(largestGap(market, true, coveredSpoken, duration));
        }

        String preferred = cfg.preferredLabel(market.name(), language);
        String rewrite = cfg.rewriter.rewrite(post.caption(), remove, firstAcceptedHashtag != null ? firstAcceptedHashtag : preferred);
        out.add(new CaptionFix(post, market, rewrite, preferred, String.join(" ", notes)));
        return out;
    }

    private List<Disclosure> cueLabels(Vocabulary vocab, String brand, Market market, NormalizedText t, Place place,
                                       String path, int index, Cue cue, List<String> notes) {
        List<Token> hashtags = cfg.tokenizer.tokens(t.text()).stream().filter(k -> k.kind() == Token.Kind.HASHTAG).toList();
        List<Disclosure> out = new ArrayList<>();
        for (LabelMatch m : vocab.find(t, brand, hashtags)) {
            if (m.lookalike()) {
                notes.add(lookalikeNote(t, m));
                continue;
            }
            Double at = cue == null || cue.at() == null ? null : cue.at().seconds();
            Double until = cue == null || cue.until() == null ? null : cue.until().seconds();
            out.add(new Disclosure(post, market, place, path, index, t.originalSlice(m.start(), m.end()), m.kind(),
                    m.language(), t.originalOffset(m.start()), t.originalOffset(m.end()), m.hashtag(), true, true, 0, 1,
                    false, at, until));
        }
        return out;
    }

    /** Says which letter only looks like the Latin one, so the creator can retype it. */
    private String lookalikeNote(NormalizedText t, LabelMatch m) {
        String written = t.originalSlice(m.start(), m.end());
        StringBuilder letters = new StringBuilder();
        for (int i = m.start(); i < m.end(); i++) {
            char c = t.text().charAt(i);
            if (cfg.normalizer.isLookalike(c)) {
                String name = Character.getName(c);
                letters.append(letters.length() > 0 ? ", " : "").append('"').append(c).append("\" (")
                        .append(name == null ? "U+" + Integer.toHexString(c) : name.toLowerCase(Locale.ROOT)).append(')');
            }
        }
        String meant = m.entry().replace("[", "").replace("]", "");
        return "\"" + written + "\" is not " + meant + ": it is spelled with " + letters
                + ", a letter from another alphabet that only looks like the Latin one, so it does not count as a disclosure.";
    }

    private DisclosureGap largestGap(Market market, boolean spokenOnly, List<double[]> covered, double duration) {
        double[] gap = CoverageGaps.largest(covered, duration);
        return new DisclosureGap(post, market, spokenOnly, gap[0], gap[1]);
    }

    /** Objective claims in the caption, the transcript and the post's {@code claims}. */
    private List<ClaimHit> claims() {
        List<String> substantiated = new ArrayList<>();
        if (brief != null) {
            for (BriefClaim c : brief.claims()) {
                if (c.text() != null && !cfg.data.blank(c.substantiation())) substantiated.add(c.text());
            }
        }
        List<ClaimHit> out = new ArrayList<>();
        for (ClaimDetector.Found f : cfg.claims.find(caption.text())) {
            out.add(new ClaimHit(post, "caption", caption.originalOffset(f.start()), caption.originalOffset(f.end()),
                    f.sentence(), f.trigger(), cfg.claims.covered(f, substantiated) || ClaimDetector.matches(f.sentence(), substantiated)));
        }
        for (int i = 0; i < transcript.size(); i++) {
            NormalizedText t = transcript.get(i);
            for (ClaimDetector.Found f : cfg.claims.find(t.text())) {
                out.add(new ClaimHit(post, "video.transcript[" + i + "].text", t.originalOffset(f.start()),
                        t.originalOffset(f.end()), f.sentence(), f.trigger(),
                        cfg.claims.covered(f, substantiated) || ClaimDetector.matches(f.sentence(), substantiated)));
            }
        }
        for (int i = 0; i < post.claims().size(); i++) {
            String c = post.claims().get(i);
            if (c == null || c.isBlank()) continue;
            out.add(new ClaimHit(post, "claims[" + i + "]", -1, -1, c, c, ClaimDetector.matches(c, substantiated)));
        }
        return out;
    }

    /** Age ranges like "6-12" or "8 to 12" in an audience's {@code age}. */
    private List<AudienceAge> ages(String whose, String age) {
        List<AudienceAge> out = new ArrayList<>();
        if (age == null) return out;
        Matcher m = AGE_RANGE.matcher(age);
        while (m.find()) {
            try {
                out.add(new AudienceAge(post, whose, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2))));
            } catch (NumberFormatException tooLong) {
                // digits beyond an int are no age
            }
        }
        return out;
    }

    /** Effect filters (not {@code disclosure.neutral_filters}) or edited results; null when neither. */
    private FilterUse filterUse() {
        if (post.media() == null) return null;
        List<String> neutral = cfg.list("neutral_filters");
        List<String> effects = post.media().filters().stream()
                .filter(f -> f != null && !neutral.contains(f.strip().toLowerCase(Locale.ROOT))).toList();
        boolean edited = Boolean.TRUE.equals(post.media().editedResults());
        if (effects.isEmpty() && !edited) return null;
        List<String> exaggerating = cfg.list("exaggerating_filters");
        boolean exaggerates = edited || effects.stream().anyMatch(f -> exaggerating.contains(f.strip().toLowerCase(Locale.ROOT)));
        return new FilterUse(post, String.join(", ", effects), exaggerates, filterMentioned());
    }

    private boolean filterMentioned() {
        StringBuilder all = new StringBuilder(caption.text());
        for (NormalizedText t : onScreen) all.append('\n').append(t.text());
        for (NormalizedText t : frames) all.append('\n').append(t.text());
        for (NormalizedText t : transcript) all.append('\n').append(t.text());
        String text = cfg.filterNegations.matcher(all).replaceAll(" ");
        return cfg.filterDisclosures.matcher(text).find();
    }

    /** The first phrase urging children to act, in the caption or what is said; null when none. */
    private ChildExhortation exhortation() {
        ChildExhortation hit = find(cfg.childExhortations, caption, "caption");
        for (int i = 0; hit == null && i < transcript.size(); i++) {
            hit = find(cfg.childExhortations, transcript.get(i), "video.transcript[" + i + "].text");
        }
        return hit;
    }

    private ChildExhortation find(Pattern phrases, NormalizedText t, String path) {
        Matcher m = phrases.matcher(t.text());
        if (!m.find()) return null;
        return new ChildExhortation(post, t.originalSlice(m.start(), m.end()), path, t.originalOffset(m.start()), t.originalOffset(m.end()));
    }
}
