package io.briefcheck.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Settings of this run that rules may read, inserted once in every session. {@code markets} is the
 * {@code --market} override (empty: each document's own markets decide). {@code today} is the date
 * deadlines are judged against (the command line gives the system date, or {@code --today}); null when
 * the caller gives none, and then the rules that compare dates with today say nothing.
 */
public record RunSettings(List<String> markets, LocalDate today) {
    public static final RunSettings DEFAULT = new RunSettings(List.of());

    public RunSettings(List<String> markets) {
        this(markets, null);
    }

    /** The same settings, judging dates as on {@code day}. */
    public RunSettings on(LocalDate day) {
        return new RunSettings(markets, day);
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof RunSettings other && Objects.equals(markets, other.markets)
                && Objects.equals(today, other.today);
    }

    @Override
    public int hashCode() {
        return Objects.hash(markets, today);
    }
}
