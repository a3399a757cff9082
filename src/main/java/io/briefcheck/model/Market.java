package io.briefcheck.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A market with a disclosure rule pack: US (FTC, ftc/), UK (ASA/CMA, asa/), NL (RSM, rsm/). Facts and
 * DRL patterns use these constants, so a misspelt market in a rule fails to compile instead of
 * silently matching nothing. Country codes a user writes ("gb", "GB") are mapped by the rule data's
 * {@code disclosure.market_aliases} before {@link #of}.
 */
public enum Market {
    US("the US"), UK("the UK"), NL("the Netherlands");

    private final String words;

    Market(String words) {
        this.words = words;
    }

    /** The market as a sentence names it: "the US", "the Netherlands". */
    public String words() {
        return words;
    }

    /** The market for a code ("UK", "nl"), or empty when no pack covers it. */
    public static Optional<Market> of(String code) {
        if (code == null) return Optional.empty();
        String c = code.strip().toUpperCase(Locale.ROOT);
        for (Market m : values()) if (m.name().equals(c)) return Optional.of(m);
        return Optional.empty();
    }
}
