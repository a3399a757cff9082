package io.briefcheck.model;

import java.util.Locale;
import java.util.Optional;

/**
 * A market briefcheck can judge: US (FTC, ftc/), UK (ASA/CMA, asa/), NL (RSM, rsm/), DE (UWG, uwg/),
 * FR (loi 2023-451, fr/) and EU, the baseline for any other EU/EEA country (UCPD, eu/; the countries
 * are listed in the rule data's {@code disclosure.eu_countries}). A market is judged only when a
 * loaded pack declares it (rules/disclosure/markets.drl says so otherwise). Facts and
 * DRL patterns use these constants, so a misspelt market in a rule fails to compile instead of
 * silently matching nothing. Country codes a user writes ("gb", "GB") are mapped by the rule data's
 * {@code disclosure.market_aliases} before {@link #of}.
 */
public enum Market {
    US("the US"), UK("the UK"), NL("the Netherlands"), DE("Germany"), FR("France"), EU("the EU");

    private final String words;

    Market(String words) {
        this.words = words;
    }

    /** The market as a sentence names it: "the US", "the Netherlands". */
    public String words() {
        return words;
    }

    /** The market for a code ("UK", "nl"), or empty when it is none of these. */
    public static Optional<Market> of(String code) {
        if (code == null) return Optional.empty();
        String c = code.strip().toUpperCase(Locale.ROOT);
        for (Market m : values()) if (m.name().equals(c)) return Optional.of(m);
        return Optional.empty();
    }
}
