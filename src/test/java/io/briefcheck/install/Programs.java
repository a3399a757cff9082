package io.briefcheck.install;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Assumptions;

/** The native programs an integration test runs: without them it is skipped, but under CI, which installs them. */
final class Programs {

    private Programs() {
    }

    static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) return true;
        }
        return false;
    }

    /**
     * Skips the test unless every program is on the PATH; under CI (CI=true) fails instead, since .ci/run installs
     * them and a failed install must not pass as a quiet skip. {@code install} tells how to install them.
     */
    static void require(String install, String... programs) {
        boolean installed = Arrays.stream(programs).allMatch(Programs::onPath);
        String missing = String.join(" or ", Arrays.stream(programs).filter(p -> !onPath(p)).toList());
        if ("true".equals(System.getenv("CI"))) assertTrue(installed, "CI must have " + missing + " (.ci/run installs it)");
        Assumptions.assumeTrue(installed, missing + " is not installed (" + install + ")");
    }
}
