package io.briefcheck.core;

import java.util.Locale;

/** How bad a finding is; also the threshold of {@code --fail-on} (where NEVER lets everything pass). */
public enum Severity {
    INFO, WARNING, ERROR, NEVER;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean atLeast(Severity threshold) {
        return threshold != NEVER && ordinal() >= threshold.ordinal();
    }

    /** Parses error|warning|info (and never, for thresholds); null when it is none of them. */
    public static Severity parse(String text) {
        if (text == null) return null;
        for (Severity s : values()) {
            if (s.code().equals(text.strip().toLowerCase(Locale.ROOT))) return s;
        }
        return null;
    }
}
