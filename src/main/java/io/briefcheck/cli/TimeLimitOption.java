package io.briefcheck.cli;

import io.briefcheck.check.Checker;
import java.time.Duration;
import picocli.CommandLine.Option;

/** {@code --time-limit SECONDS}: how long the rules may take over one document (check) or one request (serve). */
final class TimeLimitOption {

    @Option(names = "--time-limit", paramLabel = "SECONDS",
            description = "Stop checking a document (serve: a request) after this many seconds (default 10); "
                    + "check reports it as engine/timeout, not checked, and goes on with the others.")
    Double seconds;

    /** The limit given, or the default; a limit that is not a positive number of seconds cannot run. */
    Duration limit() {
        return seconds(seconds, Checker.Options.DEFAULT_TIME_LIMIT, "--time-limit");
    }

    /** A number of seconds given to {@code option}, or {@code otherwise} when none was given. */
    static Duration seconds(Double seconds, Duration otherwise, String option) {
        if (seconds == null) return otherwise;
        if (seconds.isNaN() || seconds <= 0 || seconds > 86_400) {
            throw new CannotRunException("briefcheck: " + option + " takes a number of seconds above 0 (at most 86400), such as 10 or 2.5.");
        }
        return Duration.ofMillis(Math.max(1, Math.round(seconds * 1000)));
    }
}
