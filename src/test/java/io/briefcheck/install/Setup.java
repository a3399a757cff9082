package io.briefcheck.install;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/** What the install tests share: the native programs they run, and copies of the repository's folders. */
final class Setup {

    private Setup() {
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
        boolean installed = Arrays.stream(programs).allMatch(Setup::onPath);
        String missing = String.join(" or ", Arrays.stream(programs).filter(p -> !onPath(p)).toList());
        if ("true".equals(System.getenv("CI"))) assertTrue(installed, "CI must have " + missing + " (.ci/run installs it)");
        Assumptions.assumeTrue(installed, missing + " is not installed (" + install + ")");
    }

    /** Copies the folder {@code from} (relative, such as briefs) to the same path under {@code dir}. */
    static void copyFolder(Path from, Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path f : (Iterable<Path>) files::iterator) {
                if (Files.isDirectory(f)) Files.createDirectories(dir.resolve(f.toString()));
                else Files.copy(f, dir.resolve(f.toString()));
            }
        }
    }
}
