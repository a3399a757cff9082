package io.briefcheck.engine;

import java.util.Arrays;
import java.util.function.Predicate;

/**
 * The kinds of value (and of key, in angle brackets) the data schema names: {@code percentage},
 * {@code list of platforms}, {@code <market>}. Kinds whose names are a known set (platform, industry,
 * tier) accept any text here; {@link DataCheck} compares it with the set.
 */
enum DataKind {
    TEXT("text", "text", "text (in quotes if it would read as a number or yes/no)", v -> v instanceof String),
    NUMBER("number", "numbers", "a number such as 2.5", DataKind::isNumber),
    NON_NEGATIVE("non-negative number", "non-negative numbers", "a number of 0 or more, such as 2.5",
            v -> isNumber(v) && ((Number) v).doubleValue() >= 0),
    COUNT("count", "counts", "a whole number of 0 or more, such as 3", v -> isWhole(v) && ((Number) v).longValue() >= 0),
    PERCENTAGE("percentage", "percentages", "a percentage from 0 to 100 without the % sign, such as 2.5",
            v -> isNumber(v) && ((Number) v).doubleValue() >= 0 && ((Number) v).doubleValue() <= 100),
    YEAR("year", "years", "a year such as 2025", v -> isWhole(v) && ((Number) v).longValue() >= 1900
            && ((Number) v).longValue() <= 2200),
    LETTER("letter", "letters", "a single character (in quotes)", v -> v instanceof String s && s.codePointCount(0, s.length()) == 1),
    PATTERN("pattern", "patterns", "a regular expression (in quotes)", v -> v instanceof String),
    PLATFORM("platform", "platforms", "a platform such as instagram", v -> v instanceof String),
    INDUSTRY("industry", "industries", "an industry such as beauty", v -> v instanceof String),
    TIER("tier", "tiers", "a tier such as micro", v -> v instanceof String),
    MARKET("market", "markets", "a country code in capitals such as US",
            v -> v instanceof String s && s.matches("[A-Z]{2}")),
    LANGUAGE("language", "languages", "a language code in small letters such as en",
            v -> v instanceof String s && s.matches("[a-z]{2}"));

    final String singular;
    final String plural;
    /** What a value of this kind looks like, for messages: "a count (...)". */
    final String description;
    private final Predicate<Object> accepts;

    DataKind(String singular, String plural, String description, Predicate<Object> accepts) {
        this.singular = singular;
        this.plural = plural;
        this.description = description;
        this.accepts = accepts;
    }

    boolean accepts(Object value) {
        return accepts.test(value);
    }

    static DataKind named(String name) {
        return Arrays.stream(values()).filter(k -> k.singular.equals(name)).findFirst().orElse(null);
    }

    static DataKind namedPlural(String name) {
        return Arrays.stream(values()).filter(k -> k.plural.equals(name)).findFirst().orElse(null);
    }

    private static boolean isNumber(Object v) {
        return v instanceof Number n && Double.isFinite(n.doubleValue());
    }

    private static boolean isWhole(Object v) {
        return isNumber(v) && ((Number) v).doubleValue() == Math.rint(((Number) v).doubleValue());
    }
}
