package io.briefcheck.report;

import java.nio.file.Path;

/**
 * A reported file name as CI tools want it: relative to the working directory (the checkout), even
 * when the user passed an absolute path, because code scanning and annotations match files by their
 * path in the repository.
 */
final class WorkspacePath {

    private WorkspacePath() {
    }

    static String of(String file) {
        String name = file.replace('\\', '/');
        try {
            Path p = Path.of(file);
            if (!p.isAbsolute()) return name;
            Path cwd = Path.of("").toAbsolutePath();
            Path abs = p.normalize();
            return abs.startsWith(cwd) ? cwd.relativize(abs).toString().replace('\\', '/') : name;
        } catch (RuntimeException e) {
            // not a path on this system (e.g. <stdin>): keep it as written
            return name;
        }
    }
}
