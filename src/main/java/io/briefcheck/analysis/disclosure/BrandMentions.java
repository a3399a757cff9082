package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;
import java.util.List;
import java.util.Locale;
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

    private final Tokenizer tokenizer;

    BrandMentions(Tokenizer tokenizer) {
        this.tokenizer = tokenizer;
    }

    /**
     * True when the text names one of the brand's names, or has any @mention: a label such as
     * "{brand} sent me" reads any @mention as the brand, so a cue or a giveaway that tags someone counts too.
     */
    boolean names(String text, List<String> brands) {
        if (text == null) return false;
        if (MENTION.matcher(text).find()) return true;
        List<Token> tokens = tokenizer.tokens(text);
        for (String name : brands) {
            if (name == null || name.isBlank()) continue;
            if (spelled(name).matcher(text).find() || tokens.stream().anyMatch(k -> spells(k, name))) return true;
        }
        return false;
    }

    /** The first place that names one of {@code names} (null or blank ones are skipped); null when none does. */
    BrandNamed find(Post post, List<PostText> texts, List<String> names) {
        List<String> known = names.stream().filter(n -> n != null && !n.isBlank()).toList();
        if (known.isEmpty()) return null;
        for (PostText t : texts) {
            String text = t.text().text();
            for (String name : known) {
                if (spelled(name).matcher(text).find() || tokenizer.tokens(text).stream().anyMatch(k -> spells(k, name))) {
                    return new BrandNamed(post, t.path());
                }
            }
        }
        return null;
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

    private static boolean spells(Token token, String name) {
        if (token.kind() != Token.Kind.HASHTAG && token.kind() != Token.Kind.MENTION && token.kind() != Token.Kind.URL) return false;
        String tag = Vocabulary.compact(token.text());
        String plain = Vocabulary.compact(name);
        String withAnd = Vocabulary.compact(name.replace("&", " and ").toLowerCase(Locale.ROOT));
        if (plain.isEmpty()) return false;
        if (tag.contains(plain) || tag.contains(withAnd)) return true;
        return token.kind() == Token.Kind.MENTION && tag.length() >= MIN_SHORT_HANDLE && plain.startsWith(tag);
    }
}
