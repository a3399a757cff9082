package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Brief;
import io.briefcheck.model.BriefClaim;
import io.briefcheck.model.Cue;
import io.briefcheck.model.Frame;
import io.briefcheck.model.Influencer;
import io.briefcheck.model.Market;
import io.briefcheck.media.SeenPicture;
import io.briefcheck.model.Post;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Everything briefcheck reads from one post, then turned into facts per market. The lexical work
 * that does not depend on the market (normalizing, tokens, signals, claims, language) is done once.
 */
final class PostAnalyzer implements PostText.Reader {

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
    /** What the post's pictures and video show (null when it names none: then nothing of the media package loads). */
    private final SeenMedia seen;

    private final List<String> brands;
    /** Every readable text of the post with its field, normalized once for all the finders below. */
    private final List<PostText> texts;
    private final ConnectionSignal signal;
    private final boolean linksOut;
    private final Fold fold;

    /** Each text of the post normalized once, and cut into tokens once, whichever finder asks first. */
    private final Map<String, NormalizedText> normalized = new HashMap<>();
    private final Map<NormalizedText, List<Token>> tokenized = new IdentityHashMap<>();

    PostAnalyzer(DisclosureConfig cfg, Post post, Brief brief, Influencer profile) {
        this.cfg = cfg;
        this.post = post;
        this.brief = brief;
        this.profile = profile;
        this.caption = normalize(post.caption());
        this.tokens = tokens(caption);
        if (post.video() != null) {
            for (Cue c : post.video().transcript()) transcript.add(normalize(c.text()));
            for (Cue c : post.video().onScreenText()) onScreen.add(normalize(c.text()));
        }
        this.seen = post.namesMedia() && SeenMedia.configured(cfg.data) ? new SeenMedia(cfg.data, post) : null;
        for (int i = 0; i < post.frames().size(); i++) {
            SeenPicture picture = seen == null ? null : seen.frame(i);
            frames.add(normalize(picture != null ? picture.text() : post.frames().get(i).onScreenText()));
        }
        this.language = language();
        this.brands = Brands.of(post.brand(), brief != null && brief.brand() != null ? brief.brand().name() : null);
        this.texts = PostText.of(post, this);
        List<PostText> withLinks = new ArrayList<>(texts);
        withLinks.addAll(PostText.links(post, this));
        SignalFinder finder = new SignalFinder(cfg);
        this.signal = finder.find(post, withLinks, brands);
        this.linksOut = finder.linksOut(withLinks);
        this.fold = post.platform() == null ? Fold.NONE : cfg.foldOf(post.platform().code());
    }


    @Override
    public NormalizedText normalize(String text) {
        return normalized.computeIfAbsent(text == null ? "" : text, cfg.normalizer::normalize);
    }

    @Override
    public List<Token> tokens(NormalizedText text) {
        return tokenized.computeIfAbsent(text, t -> cfg.tokenizer.tokens(t.text()));
    }

    /** The facts that do not depend on the market, once per post. */
    List<Object> facts() {
        List<Object> out = new ArrayList<>();
        String format = post.format() == null ? "" : post.format().code();
        out.add(new Draft(post, brief, profile, language, fold.chars(), cfg.videoFormats.contains(format), signal, fold));
        if (signal != null) out.add(signal);
        if (linksOut) out.add(new LinksOut(post));
        out.addAll(BrandCue.in(post, cfg.brands, brands, transcript, onScreen, this::tokens));
        out.addAll(claims());
        BeautyWords beauty = beautyWords();
        if (beauty != null) out.add(beauty);
        if (brief != null && brief.audience() != null) out.addAll(ages("brief", brief.audience().age()));
        if (profile != null && profile.audience() != null) out.addAll(ages("creator", profile.audience().age()));
        FilterUse filters = filterUse();
        if (filters != null) out.add(filters);
        ChildExhortation push = exhortation();
        if (push != null) out.add(push);
        if (usesRequestedLabel()) out.add(new RequestedLabelUsed(post, brief.disclosure().label()));
        if (seen != null) out.addAll(seen.problems());
        out.addAll(cfg.phrases().find(post, texts, tokens));
        out.addAll(cfg.statements().find(post, texts, brands.isEmpty() ? null : brands.get(0), fold));
        BrandNamed named = cfg.brands.find(post, texts, brands);
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
        return cfg.languages().guess(all.toString());
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

    /** The facts one market's rules read: the labels as its vocabulary sees them, frames, gaps, the fixed caption. */
    List<Object> forMarket(Market market) {
        List<Object> out = new ArrayList<>();
        out.add(new CheckedFor(post, market));
        Vocabulary vocab = cfg.vocabulary(market.name());

        List<LabelMatch> found = vocab.find(caption, brands, PostText.hashtagsOf(tokens));
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
            for (Disclosure d : cueLabels(vocab, market, transcript.get(i), Place.SPOKEN, "video.transcript[" + i + "].text", i, c, notes)) {
                out.add(d);
                if (d.accepted() && d.at() != null) {
                    covered.add(new double[] {d.at(), d.at()});
                    coveredSpoken.add(new double[] {d.at(), d.at()});
                }
            }
        }
        for (int i = 0; i < onScreen.size(); i++) {
            Cue c = shown.get(i);
            if (!c.readable()) {
                unreadable(notes, "the on-screen text \"" + c.text().strip() + "\"" + (c.at() == null ? "" : " at " + Clock.text(c.at().seconds())));
                continue;
            }
            for (Disclosure d : cueLabels(vocab, market, onScreen.get(i), Place.ON_SCREEN, "video.on_screen_text[" + i + "].text", i, c, notes)) {
                out.add(d);
                if (d.accepted() && d.at() != null) covered.add(new double[] {d.at(), d.until() != null ? d.until() : d.at()});
            }
        }
        for (int i = 0; i < frames.size(); i++) {
            SeenPicture picture = seen == null ? null : seen.frame(i);
            if (!post.frames().get(i).readable()) {
                unreadable(notes, "the text on Story frame " + (i + 1));
                out.add(new UnlabeledFrame(post, market, i, frames.size(), picture == null ? null : picture.whole()));
                continue;
            }
            if (seen != null && seen.unread(i)) continue; // its picture could not be read: media-not-checked says so, nothing is known
            String path = picture == null ? "frames[" + i + "].on_screen_text" : "frames[" + i + "].image";
            List<Disclosure> labels = cueLabels(vocab, market, frames.get(i), Place.FRAME, path, i, null, notes);
            if (picture != null) labels = readableOn(picture, labels, out, notes);
            out.addAll(labels);
            if (labels.stream().noneMatch(Disclosure::accepted)) {
                out.add(new UnlabeledFrame(post, market, i, frames.size(), picture == null ? null : picture.whole()));
            }
        }
        if (seen != null) {
            List<SeenMedia.Shown> onVideo = seen.shown(vocab, brands, this);
            for (int j = 0; j < onVideo.size(); j++) {
                SeenMedia.Shown s = onVideo.get(j);
                LabelMatch m = s.match();
                int start = s.text().originalOffset(m.start());
                int end = s.text().originalOffset(m.end());
                String label = s.text().originalSlice(m.start(), m.end());
                if (m.kind() == LabelKind.ACCEPTED) {
                    SeenLabel l = seen.measure(market, "video.file", label, s.picture(), start, end, s.until() - s.at());
                    if (l != null && l.unreadable()) {
                        out.add(l);
                        unreadableSeen(notes, l);
                        continue;
                    }
                    covered.add(new double[] {s.at(), s.until()});
                }
                out.add(new Disclosure(post, market, Place.ON_SCREEN, "video.file", j, label, m.kind(), m.language(), -1, -1,
                        m.hashtag(), true, true, 0, 1, false, s.at(), s.until()));
            }
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

    /**
     * At most {@code disclosure.max_labels_per_place} labels of each place (caption, said, shown, frames), the
     * first ones: the rules ask which label comes first, whether one is at the start or above the fold, and
     * report at most a few per rule, so the 25,000th "#ad" of a hostile caption tells them nothing new, while
     * every label more is compared with every other ("no earlier label" patterns). Gaps, unlabelled frames and
     * the fixed caption are worked out from all of them ({@link #forMarket}) before this.
     */
    List<Object> forRules(Market market) {
        return firstLabels(forMarket(market));
    }

    private List<Object> firstLabels(List<Object> facts) {
        int max = cfg.maxLabelsPerPlace;
        Map<Place, Integer> kept = new java.util.EnumMap<>(Place.class);
        List<Object> out = new ArrayList<>(facts.size());
        for (Object f : facts) {
            if (f instanceof Disclosure d && kept.merge(d.place(), 1, Integer::sum) > max) continue;
            out.add(f);
        }
        return out;
    }

    /**
     * The labels read on a Story frame's picture that a viewer can read; each accepted one that is too small,
     * too faint or under the app's buttons becomes a {@link SeenLabel} in {@code out} instead. The labels keep
     * the picture's field as their place, without a character range (their text is the picture's, not the field's).
     */
    private List<Disclosure> readableOn(SeenPicture picture, List<Disclosure> labels, List<Object> out, List<String> notes) {
        List<Disclosure> kept = new ArrayList<>();
        for (Disclosure d : labels) {
            if (d.accepted()) {
                SeenLabel l = seen.measure(d.market(), d.path(), d.label(), picture, d.start(), d.end(), null);
                if (l != null && l.unreadable()) {
                    out.add(l);
                    unreadableSeen(notes, l);
                    continue;
                }
            }
            kept.add(new Disclosure(d.post(), d.market(), d.place(), d.path(), d.index(), d.label(), d.kind(), d.language(),
                    -1, -1, d.hashtag(), d.atStart(), d.aboveFold(), d.runIndex(), d.runLength(), d.inClosingBlock(), d.at(), d.until()));
        }
        return kept;
    }

    private static void unreadableSeen(List<String> notes, SeenLabel l) {
        notes.add("The label \"" + l.label() + "\" " + l.where() + " cannot be read (" + l.problem() + "), so it does not count as a disclosure.");
    }

    /** A note that a label marked hard to read does not count (added once per text). */
    private static void unreadable(List<String> notes, String what) {
        notes.add("The label in " + what + " is marked hard to read (too small, low contrast or covered), so it does not count as a disclosure.");
    }

    private List<Disclosure> cueLabels(Vocabulary vocab, Market market, NormalizedText t, Place place,
                                       String path, int index, Cue cue, List<String> notes) {
        List<Disclosure> out = new ArrayList<>();
        for (LabelMatch m : vocab.find(t, brands, PostText.hashtagsOf(tokens(t)))) {
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

    /** Objective claims in the caption, the transcript and the post's {@code claims}, each with the brief's claims that say the same. */
    private List<ClaimHit> claims() {
        List<BriefClaim> stated = brief == null ? List.of() : brief.claims().stream().filter(c -> c.text() != null).toList();
        List<ClaimHit> out = new ArrayList<>();
        for (ClaimDetector.Found f : cfg.claims().find(caption.text())) {
            out.add(new ClaimHit(post, "caption", caption.originalOffset(f.start()), caption.originalOffset(f.end()),
                    f.sentence(), f.trigger(), backing(f, f.sentence(), stated)));
        }
        for (int i = 0; i < transcript.size(); i++) {
            NormalizedText t = transcript.get(i);
            for (ClaimDetector.Found f : cfg.claims().find(t.text())) {
                out.add(new ClaimHit(post, "video.transcript[" + i + "].text", t.originalOffset(f.start()),
                        t.originalOffset(f.end()), f.sentence(), f.trigger(), backing(f, f.sentence(), stated)));
            }
        }
        for (int i = 0; i < post.claims().size(); i++) {
            String c = post.claims().get(i);
            if (c == null || c.isBlank()) continue;
            out.add(new ClaimHit(post, "claims[" + i + "]", -1, -1, c, c, backing(null, c, stated)));
        }
        return out;
    }

    /** The brief's claims that cover a found trigger, or say the same as the claim's sentence. */
    private List<BriefClaim> backing(ClaimDetector.Found found, String sentence, List<BriefClaim> stated) {
        return stated.stream().filter(c -> found != null && cfg.claims().covered(found, List.of(c.text()))
                || ClaimDetector.matches(sentence, List.of(c.text()))).toList();
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

    /** The first cosmetics word in any text of the post or in the brand's name; null when none. */
    private BeautyWords beautyWords() {
        List<NormalizedText> all = new ArrayList<>();
        for (PostText f : texts) all.add(f.text());
        for (String b : brands) all.add(normalize(b));
        for (NormalizedText t : all) {
            Matcher m = cfg.beautyWords.matcher(t.text());
            if (m.find()) return new BeautyWords(post, m.group());
        }
        return null;
    }

    /** Effect filters (not {@code disclosure.neutral_filters}) or edited results; null when neither. */
    private FilterUse filterUse() {
        if (post.media() == null) return null;
        List<String> neutral = cfg.list("neutral_filters");
        List<String> effects = post.media().filters().stream()
                .filter(f -> f != null && !neutral.contains(f.strip().toLowerCase(Locale.ROOT))).toList();
        boolean edited = Boolean.TRUE.equals(post.media().editedResults());
        if (effects.isEmpty() && !edited) return null;
        boolean exaggerates = edited || effects.stream().anyMatch(this::exaggerating);
        return new FilterUse(post, String.join(", ", effects), exaggerates, filterMentioned());
    }

    /**
     * A filter that can change how skin, lashes, teeth or a face look: listed as exaggerating, named
     * with such a word ("Lash Boost AR effect"), or free text briefcheck does not know (a named AR effect).
     */
    private boolean exaggerating(String filter) {
        String f = filter.strip().toLowerCase(Locale.ROOT);
        if (cfg.list("exaggerating_filters").contains(f) || cfg.exaggeratingFilterWords.matcher(f).find()) return true;
        return !cfg.list("other_filters").contains(f);
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
