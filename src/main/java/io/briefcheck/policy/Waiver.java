package io.briefcheck.policy;

import java.time.LocalDate;

/**
 * A waiver from {@code .briefcheck.yaml}: findings of {@code rule} (an id or a namespace) in files
 * matching the {@code path} glob do not count, for {@code reason}, until {@code expires} (inclusive;
 * the configuration requires one, so no waiver holds for ever). {@code line} is where the waiver is written, for messages.
 */
public record Waiver(String rule, String path, String reason, LocalDate expires, int line) {

    public boolean expiredOn(LocalDate today) {
        return expires != null && today.isAfter(expires);
    }
}
