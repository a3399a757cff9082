package io.briefcheck.analysis.disclosure;

import io.briefcheck.engine.RuleData;
import io.briefcheck.model.Market;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The analysers configured from {@code rules/data/disclosure.yaml}, built once per rule set. Read-only
 * after construction, so sessions on several threads share it.
 */
final class DisclosureConfig {

    final RuleData data;
    final TextNormalizer normalizer;
    final Tokenizer tokenizer;
    final CaptionAnalyzer captions;
    final CaptionRewriter rewriter;
    final BrandMentions brands;
    final List<String> videoFormats;
    final List<String> affiliateMarkers;
    final String defaultMarket;
    private final java.util.Set<String> euCountries;
    final java.util.regex.Pattern beautyWords;
    final java.util.regex.Pattern filterDisclosures;
    final java.util.regex.Pattern filterNegations;
    final java.util.regex.Pattern childExhortations;
    final java.util.regex.Pattern shopLinkWords;
    /** How many labels of one place the rules see ({@code disclosure.max_labels_per_place}). */
    final int maxLabelsPerPlace;
    /** "swipe up", "link sticker": a Story's link ({@code disclosure.swipe_words}). */
    final java.util.regex.Pattern swipeWords;
    final java.util.regex.Pattern giveawayWords;
    final java.util.regex.Pattern exaggeratingFilterWords;
    /** What only posts need, made at the first post: a check of briefs alone does without (about 15 ms of regexes). */
    private volatile PostParts postParts;
    private final Map<String, Object> vocabularies;
    private final Map<String, Vocabulary> byMarket = new ConcurrentHashMap<>();

    DisclosureConfig(RuleData data) {
        this.data = data;
        Map<Integer, Character> look = new HashMap<>();
        if (data.get("disclosure.lookalikes") instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                String k = String.valueOf(e.getKey());
                String v = String.valueOf(e.getValue());
                if (k.length() == 1 && v.length() == 1) look.put((int) k.charAt(0), v.charAt(0));
            }
        }
        this.normalizer = new TextNormalizer(look);
        this.tokenizer = new Tokenizer(data.strings("disclosure.discount_code_words"));
        this.captions = new CaptionAnalyzer((int) data.number("disclosure.hashtag_run_min"),
                (int) data.number("disclosure.closing_block_min"));
        this.rewriter = new CaptionRewriter();
        this.brands = new BrandMentions();
        this.videoFormats = data.strings("disclosure.video_formats");
        this.affiliateMarkers = data.strings("disclosure.affiliate_url_markers").stream().map(s -> s.toLowerCase(Locale.ROOT)).toList();
        this.defaultMarket = String.valueOf(data.get("disclosure.default_market"));
        this.euCountries = java.util.Set.copyOf(list("eu_countries").stream().map(s -> s.toUpperCase(Locale.ROOT)).toList());
        this.beautyWords = anyOf(list("beauty_words"), "(?<![\\p{L}])", "(?![\\p{L}])");
        this.filterDisclosures = anyOf(list("filter_disclosures"), "(?<![\\p{L}#])", "(?![\\p{L}])");
        this.filterNegations = anyOf(list("filter_negations"), "(?<![\\p{L}])", "(?![\\p{L}])");
        this.childExhortations = anyOf(list("child_exhortations"), "(?<![\\p{L}])", "(?![\\p{L}])");
        this.shopLinkWords = anyOf(list("shop_link_words"), "(?<![\\p{L}])", "(?![\\p{L}])");
        this.maxLabelsPerPlace = (int) data.number("disclosure.max_labels_per_place");
        this.swipeWords = anyOf(list("swipe_words"), "(?<![\\p{L}])", "(?![\\p{L}])");
        this.giveawayWords = anyOf(list("giveaway_words"), "(?<![\\p{L}\\p{N}_#])", "(?![\\p{L}\\p{N}_])");
        this.exaggeratingFilterWords = anyOf(list("exaggerating_filter_words"), "", "");
        @SuppressWarnings("unchecked")
        Map<String, Object> labels = data.get("disclosure.labels") instanceof Map<?, ?> l ? (Map<String, Object>) l : Map.of();
        this.vocabularies = labels;
    }

    /** The claims, connection statements, languages and phrases a post is read for. */
    private record PostParts(ClaimDetector claims, ConnectionStatements statements, LanguageGuesser languages,
                             PhraseSignals phrases) {
    }

    private PostParts postParts() {
        PostParts parts = postParts;
        if (parts != null) return parts;
        synchronized (this) {
            if (postParts == null) {
                List<String> triggers = new ArrayList<>(data.strings("disclosure.claim_triggers"));
                triggers.addAll(data.strings("disclosure.claim_triggers_nl"));
                Map<String, List<String>> words = new LinkedHashMap<>();
                if (data.get("disclosure.language_words") instanceof Map<?, ?> lw) {
                    for (Map.Entry<?, ?> e : lw.entrySet()) {
                        words.put(String.valueOf(e.getKey()), data.strings("disclosure.language_words." + e.getKey()));
                    }
                }
                postParts = new PostParts(new ClaimDetector(triggers), new ConnectionStatements(data, captions),
                        new LanguageGuesser(words, (int) data.number("disclosure.language_min_words")), new PhraseSignals(this));
            }
            return postParts;
        }
    }

    ClaimDetector claims() {
        return postParts().claims();
    }

    ConnectionStatements statements() {
        return postParts().statements();
    }

    LanguageGuesser languages() {
        return postParts().languages();
    }

    PhraseSignals phrases() {
        return postParts().phrases();
    }

    /**
     * One {@link EuCountry} per code among {@code codes} that the eu/ baseline judges (or EU itself), with the languages
     * its audience reads ({@code disclosure.eu_languages}) and the post's own language when it gives one.
     */
    List<EuCountry> euCountries(io.briefcheck.model.Post post, List<String> codes) {
        List<EuCountry> out = new ArrayList<>();
        for (String code : codes) {
            if (code == null || code.isBlank()) continue;
            String c = canonical(code);
            boolean eu = Market.of(c).orElse(null) == Market.EU;
            if (!eu && !euCountries.contains(c) || out.stream().anyMatch(e -> e.country().equals(c))) continue;
            List<String> languages = new ArrayList<>(eu ? List.of() : list("eu_languages." + c));
            String own = post.language() == null ? "" : post.language().strip().toLowerCase(Locale.ROOT);
            if (own.length() >= 2 && !languages.contains(own.substring(0, 2))) languages.add(own.substring(0, 2));
            String label = preferredLabel(Market.EU.name(), languages.isEmpty() ? null : languages.get(0));
            out.add(new EuCountry(post, c, List.copyOf(languages), label));
        }
        return out;
    }

    /** The codes among {@code codes} that name no market briefcheck judges (as {@link #markets} reads them). */
    List<String> unchecked(List<String> codes) {
        List<String> out = new ArrayList<>();
        for (String code : codes) {
            if (code == null || code.isBlank()) continue;
            String c = canonical(code);
            if (Market.of(c).isEmpty() && !euCountries.contains(c) && !out.contains(code.strip())) out.add(code.strip());
        }
        return out;
    }

    /** "gb" is "UK" ({@code disclosure.market_aliases}); other codes upper-cased. */
    private String canonical(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        Object alias = data.get("disclosure.market_aliases." + c);
        return alias == null ? c : String.valueOf(alias);
    }

    /**
     * The market's vocabulary; a market without its own lists shares {@code labels.DEFAULT}'s, so
     * the cache holds one per list in the data however many market codes the inputs make up.
     */
    Vocabulary vocabulary(String market) {
        String key = vocabularies.get(market) instanceof Map<?, ?> ? market
                : String.valueOf(vocabularies.getOrDefault("DEFAULT", defaultMarket));
        return byMarket.computeIfAbsent(key, m -> Vocabulary.of(vocabularies.get(m) instanceof Map<?, ?> map ? map : Map.of()));
    }

    /**
     * The markets with a pack among {@code codes} ("GB" and "gb" are UK, see {@code disclosure.market_aliases}),
     * in order, without repeats; the default market when no code is given.
     */
    List<Market> markets(List<String> codes) {
        java.util.Set<Market> out = new java.util.LinkedHashSet<>();
        for (String code : codes) {
            if (code == null || code.isBlank()) continue;
            String c = canonical(code);
            Market.of(c).or(() -> euCountries.contains(c) ? java.util.Optional.of(Market.EU) : java.util.Optional.empty())
                    .ifPresent(out::add);
        }
        if (codes.stream().allMatch(c -> c == null || c.isBlank())) Market.of(defaultMarket).ifPresent(out::add);
        return new ArrayList<>(out);
    }

    /** Where the platform cuts a caption: characters ({@code fold}), display lines ({@code fold_lines}) of {@code line_chars}. */
    Fold foldOf(String platform) {
        Integer chars = fold(platform);
        Integer lines = data.get("disclosure.fold_lines." + platform) instanceof Number n ? n.intValue() : null;
        if (chars == null && lines == null) return Fold.NONE;
        return new Fold(chars, lines, (int) data.number("disclosure.line_chars"));
    }

    Integer fold(String platform) {
        return FoldLengths.of(data, platform);
    }

    String preferredLabel(String market, String language) {
        Object byLang = data.get("disclosure.preferred_label." + market);
        if (byLang == null) byLang = data.get("disclosure.preferred_label." + defaultMarket);
        if (byLang instanceof Map<?, ?> m) {
            Object l = language == null ? null : m.get(language);
            if (l == null) l = m.get("default");
            if (l != null) return String.valueOf(l);
        }
        return "#ad";
    }

    /** One case-insensitive pattern matching any of the phrases, longest first, between the guards. */
    static java.util.regex.Pattern anyOf(List<String> phrases, String before, String after) {
        List<String> sorted = phrases.stream().sorted((a, b) -> b.length() - a.length())
                .map(p -> java.util.regex.Pattern.quote(p.toLowerCase(Locale.ROOT))).toList();
        String alt = sorted.isEmpty() ? "(?!)" : String.join("|", sorted);
        return java.util.regex.Pattern.compile("(?iu)" + before + "(?:" + alt + ")" + after);
    }

    List<String> list(String key) {
        return data.get("disclosure." + key) instanceof List<?> ? data.strings("disclosure." + key) : new ArrayList<>();
    }
}
