package io.briefcheck.core;

/** Why a finding does not count: an inline comment, a waiver in the config, or the baseline. */
public record Suppression(Kind kind, String reason) {

    public enum Kind {
        INLINE, WAIVER, BASELINE;

        public String code() {
            return name().toLowerCase();
        }
    }
}
