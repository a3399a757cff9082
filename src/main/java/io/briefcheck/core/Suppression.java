package io.briefcheck.core;

import java.util.Objects;

/** Why a finding does not count: an inline comment, a waiver in the config, or the baseline. */
public record Suppression(Kind kind, String reason) {

    public enum Kind {
        INLINE, WAIVER, BASELINE;

        public String code() {
            return name().toLowerCase();
        }
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Suppression other && kind == other.kind && Objects.equals(reason, other.reason);
    }

    @Override
    public int hashCode() {
        return 31 * Objects.hashCode(kind) + Objects.hashCode(reason);
    }
}
