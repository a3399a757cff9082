package io.briefcheck.load;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Which market codes are real: the two-letter ISO 3166 country codes, UK (the usual name for GB) and
 * EU. A real country without a rule pack is still a valid market (the engine says nothing was
 * checked for it); anything else is an input error, with the code that was probably meant: the
 * three-letter code ("USA" is US), or the country's English name ("Germany" is DE).
 */
public final class MarketCodes {

    private static final Set<String> CODES = new TreeSet<>();

    static {
        CODES.addAll(List.of(Locale.getISOCountries()));
        CODES.addAll(List.of("UK", "EU"));
    }

    /**
     * The code probably meant, by three-letter code and by English name: made only when a code is wrong, since the
     * names of 250 countries take Java's locale data to make (about 20 ms, 3 % of a one-file check, on every check).
     */
    private static final class Guesses {
        static final Map<String, String> BY_NAME = new HashMap<>();

        static {
            for (String c : Locale.getISOCountries()) {
                Locale country = new Locale("", c);
                String code = c.equals("GB") ? "UK" : c;
                try {
                    BY_NAME.put(country.getISO3Country(), code);
                } catch (java.util.MissingResourceException e) {
                    // no three-letter code: the name still helps
                }
                BY_NAME.put(key(country.getDisplayCountry(Locale.ENGLISH)), code);
            }
            for (String uk : List.of("england", "scotland", "wales", "northern ireland", "britain", "great britain",
                    "united kingdom")) {
                BY_NAME.put(key(uk), "UK");
            }
            for (String us : List.of("america", "united states of america", "usa")) BY_NAME.put(key(us), "US");
            for (String nl : List.of("holland", "the netherlands")) BY_NAME.put(key(nl), "NL");
            for (String eu : List.of("europe", "european union")) BY_NAME.put(key(eu), "EU");
        }
    }

    private static final String WHAT_MARKETS_ARE =
            "Markets are two-letter country codes such as US, UK, NL, DE or FR (EU for the EU as a whole).";

    private MarketCodes() {
    }

    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    /**
     * Null when {@code written} is a market code; else what is wrong, in words, with the code probably
     * meant ("'USA' is not a country code; did you mean 'US'?"), for options and settings outside documents.
     */
    public static String whyNot(String written) {
        if (valid(written)) return null;
        String guess = guess(written);
        return "'" + written.strip() + "' is not a country code" + (guess != null ? "; did you mean '" + guess + "'?" : ".")
                + " " + WHAT_MARKETS_ARE;
    }

    static boolean valid(String code) {
        return CODES.contains(code.strip().toUpperCase(Locale.ROOT));
    }

    /** The code probably meant by something that is not one, or null. */
    static String guess(String written) {
        String k = key(written);
        String exact = Guesses.BY_NAME.get(k.toUpperCase(Locale.ROOT).length() == 3 ? k.toUpperCase(Locale.ROOT) : k);
        if (exact != null) return exact;
        if (k.length() < 4) return null; // a misspelt two- or three-letter code could be anything
        String name = Suggest.closest(k, Guesses.BY_NAME.keySet().stream().filter(n -> n.length() > 3).toList());
        return name == null ? null : Guesses.BY_NAME.get(name);
    }

    /** The problem with a code that is not a market, at its node. */
    static Problem problem(String field, YNode.Scalar node, String path) {
        String written = node.text().strip();
        String guess = guess(written);
        return new Problem(InputRule.INVALID_VALUE, node.at(), path,
                "'" + field + "' is \"" + written + "\", which is not a country code"
                        + (guess != null ? "; did you mean '" + guess + "'?" : ", so briefcheck cannot tell which rules apply."),
                (guess != null ? "Write " + guess + ". " : "") + WHAT_MARKETS_ARE);
    }
}
