package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Where a post names its brand, so viewers know who the sponsor is: the name in any case, with flexible
 * spaces and "&" or "and" ("Thistle & Co", "thistle and co"), or a hashtag, @mention or link that spells it
 * ("#glowbotanicspartner", "@glowbotanics", "glowbotanics.example"), or a mention that is the start of it
 * ("@kestrel" for Kestrel Bikes).
 */
final class BrandMentions {

    private static final int MIN_SHORT_HANDLE = 4;
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_@./])@[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_]");
    /** How many prepared names are kept: a campaign's brand repeats, but `serve` meets ever new ones. */
    private static final int MAX_NAMES = 512;

    /** A brand name prepared once: its spelling as a pattern, and the name as a hashtag would spell it (with "&" and as "and"). */
    private record Name(String name, Pattern pattern, String plain, String withAnd) {
        static Name of(String name) {
            return new Name(name, spelled(name), Vocabulary.compact(name),
                    Vocabulary.compact(name.replace("&", " and ").toLowerCase(Locale.ROOT)));
        }
    }

    private final Map<String, Name> prepared = Collections.synchronizedMap(new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Name> eldest) {
            return size() > MAX_NAMES;
        }
    });

    private Name name(String name) {
        return prepared.computeIfAbsent(name, Name::of);
    }

    /**
     * True when the text ({@code tokens}: its tokens) names one of the brand's names, or has any @mention: a
     * label such as "{brand} sent me" reads any @mention as the brand, so a cue or a giveaway that tags someone
     * counts too.
     */
    boolean names(String text, List<Token> tokens, List<String> brands) {
        if (text == null) return false;
        if (MENTION.matcher(text).find()) return true;
        for (String brand : brands) {
            if (brand == null || brand.isBlank()) continue;
            if (in(name(brand), text, tokens)) return true;
        }
        return false;
    }

    /** The first place that names one of {@code names} (null or blank ones are skipped); null when none does. */
    BrandNamed find(Post post, List<PostText> texts, List<String> names) {
        List<Name> known = names.stream().filter(n -> n != null && !n.isBlank()).map(this::name).toList();
        if (known.isEmpty()) return null;
        for (PostText t : texts) {
            for (Name name : known) {
                if (in(name, t.text().text(), t.tokens())) return new BrandNamed(post, t.path());
            }
        }
        return null;
    }

    private static boolean in(Name name, String text, List<Token> tokens) {
        return name.pattern().matcher(text).find() || tokens.stream().anyMatch(k -> spells(k, name));
    }

    private static Pattern spelled(String name) {
        StringBuilder re = new StringBuilder("(?iu)(?<![\\p{L}\\p{N}])");
        String[] words = name.strip().split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (i > 0) re.append("\\s+");
            re.append(words[i].equals("&") || words[i].equalsIgnoreCase("and") ? "(?:&|and)" : Pattern.quote(words[i]));
        }
        // whole words, or joined to a capitalised word as in "AcmePartner" (case-sensitive there: "Acmepartner" is one word)
        return Pattern.compile(re.append("(?:(?![\\p{L}\\p{N}])|(?-i:(?=\\p{Lu}\\p{Ll})))").toString());
    }

    private static boolean spells(Token token, Name name) {
        if (token.kind() != Token.Kind.HASHTAG && token.kind() != Token.Kind.MENTION && token.kind() != Token.Kind.URL) return false;
        if (name.plain().isEmpty()) return false;
        String tag = Vocabulary.compact(token.text());
        if (tag.contains(name.plain()) || tag.contains(name.withAnd())) return true;
        return token.kind() == Token.Kind.MENTION && tag.length() >= MIN_SHORT_HANDLE && name.plain().startsWith(tag);
    }
}
