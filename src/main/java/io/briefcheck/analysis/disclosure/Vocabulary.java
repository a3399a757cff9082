package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Nfkc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One market's disclosure labels (from {@code rules/data/disclosure.yaml}, see its header for the
 * syntax) and the matching of them in text. Hashtag entries match whole hashtags only; marker words
 * ("[ad]") only where they stand alone as a label; phrases on word boundaries.
 */
public final class Vocabulary {

    /** {@code needle}: a word the text must contain for the entry to match at all (a cheap pre-check). */
    private record Entry(String text, LabelKind kind, String language, String needle) {
        Entry(String text, LabelKind kind, String language) {
            this(text, kind, language, needle(text));
        }

        static String needle(String text) {
            String best = "";
            for (String w : text.replace("{brand}", " ").split("[^\\p{L}\\p{N}]+")) if (w.length() > best.length()) best = w;
            return best;
        }
    }

    /**
     * "…" in a phrase: any words in between, within one sentence (Dutch splits its verbs: "Lumina stuurde me
     * deze lamp kosteloos op" is "{brand} stuurde me … op"). The words around it stay whole words.
     */
    static final String GAP = "…";
    private static final String GAP_PATTERN = "(?![\\p{L}\\p{N}_])[^.!?\\n]{0,80}?(?<![\\p{L}\\p{N}_])";

    /** Matches by start, the longest first where two start together, then plain before lookalike, then by kind. */
    private static final Comparator<LabelMatch> FIRST_LONGEST = Comparator.comparingInt(LabelMatch::start)
            .thenComparing(Comparator.comparingInt((LabelMatch m) -> m.end() - m.start()).reversed())
            .thenComparing(m -> m.lookalike() ? 1 : 0)
            .thenComparing(m -> m.kind().ordinal());

    /** How many compiled patterns one vocabulary keeps: a campaign's brand repeats, but `serve` meets ever new ones. */
    static final int MAX_PATTERNS = 512;

    private final List<Entry> entries;
    /** Compiled patterns by entry and brand, least recently used dropped first: compiling is the slow part. */
    private final Map<String, Pattern> patterns = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > MAX_PATTERNS;
        }
    });

    /** The entries' patterns that do not depend on the brand, compiled at first use. */
    private final AtomicReferenceArray<Pattern> fixed;
    /** The entries' needles, each once ({@code needleOf[i]}: entry i's), so a text is searched for each needle once. */
    private final List<String> needles = new ArrayList<>();
    private final int[] needleOf;

    private Vocabulary(List<Entry> entries) {
        this.entries = entries;
        this.fixed = new AtomicReferenceArray<>(entries.size());
        this.needleOf = new int[entries.size()];
        Map<String, Integer> ids = new HashMap<>();
        for (int i = 0; i < entries.size(); i++) {
            needleOf[i] = ids.computeIfAbsent(entries.get(i).needle(), n -> {
                needles.add(n);
                return needles.size() - 1;
            });
        }
    }

    /** Builds from the {@code labels.<MARKET>} map: {accepted|vague|rejected: {language: [labels]}}. */
    static Vocabulary of(Map<?, ?> lists) {
        List<Entry> entries = new ArrayList<>();
        for (LabelKind kind : LabelKind.values()) {
            if (!(lists.get(kind.code()) instanceof Map<?, ?> byLanguage)) continue;
            for (Map.Entry<?, ?> e : byLanguage.entrySet()) {
                if (!(e.getValue() instanceof List<?> labels)) continue;
                for (Object label : labels) {
                    entries.add(new Entry(String.valueOf(label).toLowerCase(Locale.ROOT), kind, String.valueOf(e.getKey())));
                }
            }
        }
        return new Vocabulary(entries);
    }

    /**
     * Every label in {@code t}, longest first where two overlap ("sponsored by" wins over "sponsored").
     * Lookalike matches are those found in the folded text but not in the plain one.
     */
    public List<LabelMatch> find(NormalizedText t, String brand, List<Token> hashtags) {
        return find(t, brand == null ? List.of() : List.of(brand), hashtags);
    }

    /** The same, where {brand} may be any of the brand's names ({@link Brands}). */
    public List<LabelMatch> find(NormalizedText t, List<String> brands, List<Token> hashtags) {
        List<LabelMatch> found = new ArrayList<>();
        String plainLower = t.text().toLowerCase(Locale.ROOT);
        boolean hasLookalikes = !t.folded().equals(t.text());
        String foldedLower = hasLookalikes ? t.folded().toLowerCase(Locale.ROOT) : plainLower;
        String[] plainTags = null;
        String[] foldedTags = null;
        Needles present = new Needles(needles, plainLower, foldedLower);
        for (int k = 0; k < entries.size(); k++) {
            Entry e = entries.get(k);
            if (!present.has(needleOf[k])) continue;
            if (e.text.startsWith("#")) {
                if (plainTags == null) {
                    plainTags = lowerSlices(t.text(), hashtags);
                    foldedTags = hasLookalikes ? lowerSlices(t.folded(), hashtags) : plainTags;
                }
                for (int i = 0; i < hashtags.size(); i++) {
                    Token h = hashtags.get(i);
                    if (hashtagMatches(e.text, plainTags[i], brands)) {
                        found.add(new LabelMatch(e.text, e.kind, e.language, h.start(), h.end(), true, false));
                    } else if (hasLookalikes && hashtagMatches(e.text, foldedTags[i], brands)) {
                        found.add(new LabelMatch(e.text, e.kind, e.language, h.start(), h.end(), true, true));
                    }
                }
            } else {
                Pattern p = pattern(k, brands);
                List<int[]> plainHits = hits(p, t.text());
                Set<Integer> plainStarts = new HashSet<>();
                for (int[] r : plainHits) {
                    found.add(new LabelMatch(e.text, e.kind, e.language, r[0], r[1], false, false));
                    plainStarts.add(r[0]);
                }
                for (int[] r : hasLookalikes ? hits(p, t.folded()) : List.<int[]>of()) {
                    if (!plainStarts.contains(r[0])) {
                        found.add(new LabelMatch(e.text, e.kind, e.language, r[0], r[1], false, true));
                    }
                }
            }
        }
        if (found.isEmpty()) return List.of();
        found.sort(FIRST_LONGEST);
        // Sorted by start, so a match overlaps a kept one exactly when it starts before the furthest kept end
        // (an empty match only overlaps a kept one that starts before it): linear, however many labels.
        List<LabelMatch> kept = new ArrayList<>();
        int keptEnd = Integer.MIN_VALUE;
        for (LabelMatch m : found) {
            boolean overlaps = m.start() < m.end() ? m.start() < keptEnd
                    : kept.stream().anyMatch(k -> k.start() < m.end() && m.start() < k.end());
            if (!overlaps) {
                kept.add(m);
                keptEnd = Math.max(keptEnd, m.end());
            }
        }
        return kept;
    }

    /** Entry {@code k}'s pattern: compiled once, or once per brand when it names the brand. */
    private Pattern pattern(int k, List<String> brands) {
        Entry e = entries.get(k);
        boolean marker = e.text.startsWith("[");
        if (e.text.contains("{brand}")) {
            return patterns.computeIfAbsent(e.text + '\u0000' + String.join("\u0000", brands),
                    key -> marker ? marker(e.text.substring(1, e.text.length() - 1), brands) : phrase(e.text, brands));
        }
        Pattern p = fixed.get(k);
        if (p == null) {
            p = marker ? marker(e.text.substring(1, e.text.length() - 1), brands) : phrase(e.text, brands);
            fixed.compareAndSet(k, null, p);
        }
        return p;
    }

    /** Which needles one text (in lower case, plain or folded) contains, each looked up once, behind a {@link CharPairs} filter. */
    private static final class Needles {
        private final List<String> needles;
        private final String plain;
        private final String folded;
        private final byte[] known; // 0 not looked up, 1 contained, 2 not
        private final CharPairs pairs = new CharPairs();

        Needles(List<String> needles, String plain, String folded) {
            this.needles = needles;
            this.plain = plain;
            this.folded = folded;
            this.known = new byte[needles.size()];
            pairs.add(plain);
            if (!folded.equals(plain)) pairs.add(folded);
        }

        boolean has(int id) {
            if (known[id] == 0) {
                String n = needles.get(id);
                known[id] = (byte) (pairs.mayContain(n) && (plain.contains(n) || folded.contains(n)) ? 1 : 2);
            }
            return known[id] == 1;
        }
    }

    /** Each token's text in lower case, once per text rather than once per entry. */
    private static String[] lowerSlices(String text, List<Token> tokens) {
        String[] out = new String[tokens.size()];
        for (int i = 0; i < out.length; i++) out[i] = text.substring(tokens.get(i).start(), tokens.get(i).end()).toLowerCase(Locale.ROOT);
        return out;
    }

    int cachedPatterns() {
        return patterns.size();
    }

    private static List<int[]> hits(Pattern p, String s) {
        List<int[]> out = new ArrayList<>();
        Matcher m = p.matcher(s);
        while (m.find()) out.add(new int[] {m.start("l"), m.end("l")});
        return out;
    }

    /** "#{brand}partner" matches "#glowbotanicspartner" (and "#glowpartner"); any name when the brand is unknown. */
    static boolean hashtagMatches(String entry, String hashtag, List<String> brands) {
        String h = hashtag.toLowerCase(Locale.ROOT);
        int at = entry.indexOf("{brand}");
        if (at < 0) return h.equals(entry);
        String prefix = entry.substring(0, at);
        String suffix = entry.substring(at + "{brand}".length());
        if (!h.startsWith(prefix) || !h.endsWith(suffix) || h.length() <= prefix.length() + suffix.length()) return false;
        String name = compact(h.substring(prefix.length(), h.length() - suffix.length()));
        if (brands.stream().allMatch(b -> compact(b).isEmpty())) return true;
        for (String brand : brands) {
            String compact = compact(brand);
            if (!compact.isEmpty() && (name.equals(compact) || (name.length() >= 3 && compact.startsWith(name)))) return true;
        }
        return false;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]");

    /** The brand as a hashtag would spell it: lower case, no spaces, punctuation or accents ("Café Lune" -> "cafelune"). */
    static String compact(String brand) {
        if (brand == null) return "";
        if (Nfkc.isAscii(brand)) { // plain ASCII has no accents: keep its letters and digits, lower-cased
            StringBuilder out = new StringBuilder(brand.length());
            for (int i = 0; i < brand.length(); i++) {
                char c = brand.charAt(i);
                if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') out.append(c);
                else if (c >= 'A' && c <= 'Z') out.append((char) (c + ('a' - 'A')));
            }
            return out.toString();
        }
        String plain = MARKS.matcher(java.text.Normalizer.normalize(brand, java.text.Normalizer.Form.NFD)).replaceAll("");
        return NOT_LETTER_OR_DIGIT.matcher(plain.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /**
     * A marker word alone: "[ad]", "(ad)", or at the start of a line followed by ":", "|", "/", " - " or
     * the end of the line ("Ad: ...", "AD - ..."). "Ad-free" and "Adding" are not markers.
     */
    private static Pattern marker(String word, List<String> brands) {
        return Pattern.compile("(?ium)(?:(?<=[\\[(]\\s{0,3})|(?<=^[^\\p{L}\\p{N}\\n]{0,12}))(?<l>" + markerWord(word, brands)
                + ")(?=\\s*[\\])]|\\s*[:|•/]|\\s+[\\-–—]|\\s*$)");
    }

    /**
     * A marker word as a pattern; "{brand}partner" is the brand written as one word ("AcmePartner:"), and
     * never matches when the post names no brand (any word before "partner" would count).
     */
    private static String markerWord(String word, List<String> brands) {
        int at = word.indexOf("{brand}");
        if (at < 0) return Pattern.quote(word);
        StringBuilder names = new StringBuilder();
        for (String b : brands) {
            String compact = compact(b);
            if (!compact.isEmpty()) names.append(names.length() == 0 ? "" : "|").append(Pattern.quote(compact));
        }
        if (names.length() == 0) return "(?!)";
        return Pattern.quote(word.substring(0, at)) + "(?:" + names + ")" + Pattern.quote(word.substring(at + "{brand}".length()));
    }

    private static Pattern phrase(String entry, List<String> brand) {
        StringBuilder re = new StringBuilder("(?iu)(?<![\\p{L}\\p{N}_#@])(?<l>");
        String[] parts = entry.split("\\{brand}", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) re.append(brandPattern(brand));
            re.append(words(parts[i]));
        }
        re.append(")(?![\\p{L}\\p{N}_])");
        return Pattern.compile(re.toString());
    }

    private static String words(String s) {
        if (s.isEmpty()) return "";
        StringBuilder out = new StringBuilder();
        String[] ws = s.split(" ", -1);
        for (int i = 0; i < ws.length; i++) {
            if (ws[i].equals(GAP)) {
                out.append(GAP_PATTERN);
                continue;
            }
            if (i > 0 && !ws[i - 1].equals(GAP)) out.append("\\s+");
            if (!ws[i].isEmpty()) out.append(Pattern.quote(ws[i]).replace("'", "\\E['’]\\Q"));
        }
        return out.toString();
    }

    /** Any of the brand's names (spaces flexible) or any @mention. */
    private static String brandPattern(List<String> brands) {
        StringBuilder alt = new StringBuilder("@[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_]");
        for (String b : brands) {
            if (b != null && !b.isBlank()) alt.append('|').append(words(b.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " ")));
        }
        return "(?:" + alt + ")";
    }
}
