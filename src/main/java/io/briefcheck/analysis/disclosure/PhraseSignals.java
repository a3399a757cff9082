package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phrases the uwg/, fr/ and eu/ packs read besides labels, compiled once per rule set: image notices
 * ("Images retouchées", "Images virtuelles"), promotion topics (cosmetic surgery, nicotine, ...) and
 * the post's first tag or link. It finds and places; the DRL decides what they mean in a market.
 */
final class PhraseSignals {

    private final Pattern retouched;
    private final Pattern virtual;
    private final Map<String, Pattern> banned = new LinkedHashMap<>();
    private final Map<String, Pattern> restricted = new LinkedHashMap<>();
    /** Every phrase above: a text it rules out (most texts) has none of them. */
    private final PhraseFilter any;

    PhraseSignals(DisclosureConfig cfg) {
        List<String> all = new ArrayList<>();
        this.retouched = words(cfg.list("retouched_image_mentions"), all);
        this.virtual = words(cfg.list("virtual_image_mentions"), all);
        topics(cfg, "banned_promotions", banned, all);
        topics(cfg, "restricted_promotions", restricted, all);
        this.any = new PhraseFilter(all);
    }

    /** One pattern for the phrases, which are added to {@code all}. */
    private static Pattern words(List<String> phrases, List<String> all) {
        all.addAll(phrases);
        return DisclosureConfig.anyOf(phrases, "(?<![\\p{L}\\p{N}])", "(?![\\p{L}\\p{N}])");
    }

    private static void topics(DisclosureConfig cfg, String key, Map<String, Pattern> into, List<String> all) {
        if (!(cfg.data.get("disclosure." + key) instanceof Map<?, ?> m)) return;
        for (Object topic : m.keySet()) into.put(String.valueOf(topic), words(cfg.list(key + "." + topic), all));
    }

    /**
     * The facts for one post. {@code texts} are the post's texts with their field paths, caption first;
     * image notices count where viewers see them (caption, on-screen text, frames), topics anywhere.
     */
    List<Object> find(Post post, List<PostText> texts, List<Token> captionTokens) {
        List<Object> out = new ArrayList<>();
        List<PostText> mentioning = texts.stream().filter(t -> any.mayContain(t.text().text())).toList();
        notice(post, mentioning, retouched, ImageNotice.Kind.RETOUCHED, out);
        notice(post, mentioning, virtual, ImageNotice.Kind.VIRTUAL, out);
        banned.forEach((topic, p) -> topic(post, mentioning, topic, true, p, out));
        restricted.forEach((topic, p) -> topic(post, mentioning, topic, false, p, out));
        BrandTag tag = tag(post, texts.get(0).text(), captionTokens);
        if (tag != null) out.add(tag);
        return out;
    }

    /**
     * Whether a text may hold one of some phrases as the phrases' case-insensitive patterns ({@code (?iu)}, see
     * {@link DisclosureConfig#anyOf}) find them: such a pattern compares each character folded to
     * {@code toLowerCase(toUpperCase(c))}, so a text whose folded form contains none of the folded phrases holds
     * none of them. Not used (everything may hold them) when a phrase has a character that folding does not settle.
     */
    static final class PhraseFilter {
        private final List<String> folded = new ArrayList<>();
        private final boolean usable;

        PhraseFilter(List<String> phrases) {
            boolean ok = true;
            for (String p : phrases) {
                String f = fold(p.toLowerCase(Locale.ROOT));
                for (int i = 0; ok && f != null && i < f.length(); i++) {
                    char c = f.charAt(i);
                    if (Character.isSurrogate(c) || fold(c) != c) ok = false;
                }
                if (f == null) ok = false;
                folded.add(f);
            }
            this.usable = ok;
        }

        boolean mayContain(String text) {
            if (!usable) return true;
            String f = fold(text);
            if (f == null) return true;
            CharPairs pairs = new CharPairs();
            pairs.add(f);
            for (String p : folded) if (pairs.mayContain(p) && f.contains(p)) return true;
            return false;
        }

        /** Each character folded; null when one folds to a character beyond one char. */
        private static String fold(String s) {
            char[] c = s.toCharArray();
            for (int i = 0; i < c.length; i++) {
                int f = fold(c[i]);
                if (f > Character.MAX_VALUE) return null;
                c[i] = (char) f;
            }
            return new String(c);
        }

        private static int fold(char c) {
            return Character.toLowerCase(Character.toUpperCase((int) c));
        }
    }

    private static void notice(Post post, List<PostText> texts, Pattern p, ImageNotice.Kind kind, List<Object> out) {
        for (PostText e : texts) {
            if (e.path().startsWith("video.transcript")) continue;
            Matcher m = p.matcher(e.text().text());
            if (m.find()) {
                out.add(new ImageNotice(post, kind, e.text().originalSlice(m.start(), m.end()), e.path()));
                return;
            }
        }
    }

    private static void topic(Post post, List<PostText> texts, String topic, boolean isBanned, Pattern p, List<Object> out) {
        for (PostText e : texts) {
            NormalizedText t = e.text();
            Matcher m = p.matcher(t.text());
            if (m.find()) {
                out.add(new PromotionTopic(post, topic, isBanned, t.originalSlice(m.start(), m.end()), e.path(),
                        t.originalOffset(m.start()), t.originalOffset(m.end())));
                return;
            }
        }
    }

    private static BrandTag tag(Post post, NormalizedText caption, List<Token> tokens) {
        for (Token t : tokens) {
            if (t.kind() == Token.Kind.MENTION) {
                return new BrandTag(post, t.text(), "caption", caption.originalOffset(t.start()), caption.originalOffset(t.end()));
            }
        }
        for (int i = 0; i < post.links().size(); i++) {
            String link = post.links().get(i);
            if (link != null && !link.isBlank()) return new BrandTag(post, link, "links[" + i + "]", -1, -1);
        }
        return null;
    }
}
