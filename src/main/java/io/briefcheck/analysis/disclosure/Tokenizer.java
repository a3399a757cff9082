package io.briefcheck.analysis.disclosure;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds hashtags, @mentions, URLs, discount codes and "link in bio" in normalized text. A hashtag or
 * mention starts after a space, punctuation or the start of the text ("e-mail#ad" is not a hashtag),
 * and runs while letters, digits or underscores follow, so "#adventure" is one hashtag, not "#ad".
 */
public final class Tokenizer {

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)[^\\s<>\"]+[^\\s<>\".,;:!?)\\]]");
    private static final Pattern HASHTAG = Pattern.compile("(?<![\\p{L}\\p{N}_&/#])#[\\p{L}\\p{M}\\p{N}_]+");
    private static final Pattern MENTION = Pattern.compile("(?<![\\p{L}\\p{N}_@./])@[\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_]");
    private static final Pattern LINK_IN_BIO = Pattern.compile("(?i)(?<![\\p{L}\\p{N}])(?:links? (?:is |are )?in (?:my )?bio|linked in (?:my )?bio|link in (?:de )?bio|linkinbio)(?![\\p{L}\\p{N}])");
    /** "use FERN20 at checkout": a code in capitals or with a digit, named by where it is used. */
    private static final Pattern CHECKOUT = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])use\\s+(?-i)((?=[\\p{L}\\p{N}]*[\\p{Lu}\\p{N}])"
            + "[\\p{Lu}\\p{N}][\\p{Lu}\\p{N}_-]{2,19})(?![\\p{L}\\p{N}])(?i)\\s+(?:at (?:the )?checkout|bij (?:het )?afrekenen|an der kasse|au paiement)");
    private final Pattern code;

    /** @param codeWords words that introduce a discount code ("code", "kortingscode") */
    public Tokenizer(List<String> codeWords) {
        StringBuilder alt = new StringBuilder();
        for (String w : codeWords.stream().sorted(Comparator.comparingInt(String::length).reversed()).toList()) {
            if (alt.length() > 0) alt.append('|');
            alt.append(Pattern.quote(w).replace(" ", "\\E\\s+\\Q"));
        }
        // "code TESS20", "code: TESS20", "20% off with TESS20": the code itself has a digit or is upper case.
        this.code = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])(?:(?:" + alt + ")\\s*[:=]?\\s*[\"'“]?"
                + "|\\d+ ?% (?:off|korting|rabatt|descuento)(?: with| met| mit| con)(?: code)?\\s*[:=]?\\s*)"
                + "(?-i)((?=[\\p{L}\\p{N}]*\\p{N})[\\p{L}\\p{N}_-]{3,20}|[\\p{Lu}][\\p{Lu}\\p{N}_-]{2,19})(?![\\p{L}\\p{N}])");
    }

    public List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        List<int[]> urls = new ArrayList<>();
        // Patterns are tried only where what every match contains is there: "#", "@", "http" or "www.", "link"
        // (those two case-insensitive in ASCII only, as the patterns are).
        String ascii = asciiLower(text);
        boolean web = ascii.contains("http") || ascii.contains("www.");
        Matcher m = URL.matcher(text);
        while (web && m.find()) {
            out.add(new Token(Token.Kind.URL, m.group(), m.start(), m.end()));
            urls.add(new int[] {m.start(), m.end()});
        }
        if (text.indexOf('#') >= 0) add(out, urls, Token.Kind.HASHTAG, HASHTAG.matcher(text));
        if (text.indexOf('@') >= 0) add(out, urls, Token.Kind.MENTION, MENTION.matcher(text));
        if (ascii.contains("link")) add(out, urls, Token.Kind.LINK_IN_BIO, LINK_IN_BIO.matcher(text));
        Set<Integer> codes = new HashSet<>();
        for (Pattern p : List.of(code, CHECKOUT)) {
            Matcher c = p.matcher(text);
            while (c.find()) {
                if (!insideAny(urls, c.start(1)) && codes.add(c.start(1))) {
                    out.add(new Token(Token.Kind.DISCOUNT_CODE, c.group(1), c.start(1), c.end(1)));
                }
            }
        }
        out.sort(Comparator.comparingInt(Token::start));
        return out;
    }

    /** The text with A-Z lower-cased and nothing else changed. */
    private static String asciiLower(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) if (c[i] >= 'A' && c[i] <= 'Z') c[i] += 'a' - 'A';
        return new String(c);
    }

    private static void add(List<Token> out, List<int[]> urls, Token.Kind kind, Matcher m) {
        while (m.find()) {
            if (!insideAny(urls, m.start())) out.add(new Token(kind, m.group(), m.start(), m.end()));
        }
    }

    /** {@code ranges} are the URLs, in order and apart: the last one starting at or before {@code at} is the only candidate. */
    private static boolean insideAny(List<int[]> ranges, int at) {
        int lo = 0;
        int hi = ranges.size() - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (ranges.get(mid)[0] <= at) lo = mid + 1;
            else hi = mid - 1;
        }
        return hi >= 0 && at < ranges.get(hi)[1];
    }
}
