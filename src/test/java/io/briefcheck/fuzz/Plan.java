package io.briefcheck.fuzz;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One input laid out on disk: the paths and options to give {@code briefcheck check}, how many
 * documents the report must list for each file (by the name the report shows), and any checks of
 * its own (a reproducer's expected finding).
 */
final class Plan {

    /** Made in a fresh folder of its own, which is removed after the run. */
    interface Setup {
        void make(Plan plan) throws IOException;
    }

    final Path dir;
    final List<String> paths = new ArrayList<>();
    final List<String> options = new ArrayList<>();
    final Map<String, Integer> documents = new LinkedHashMap<>();
    final List<Expectation> expectations = new ArrayList<>();
    long bytes;

    Plan(Path dir) {
        this.dir = dir;
    }

    /** A file of {@code joined} documents, named on the command line. */
    Path file(String name, byte[] content, int joined) throws IOException {
        Path p = write(name, content);
        paths.add(p.toString());
        documents.put(p.toString(), Oracle.documents(content, joined));
        return p;
    }

    Path file(String name, String content, int joined) throws IOException {
        return file(name, content.getBytes(StandardCharsets.UTF_8), joined);
    }

    /** A file that is not named itself (inside a folder that is, say). */
    Path write(String name, byte[] content) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.write(p, content);
        bytes += content.length;
        return p;
    }

    /** The text report the options ask for ({@code --format text --output FILE}), read after the run; null when none. */
    String textReport() throws IOException {
        int at = options.indexOf("--output");
        if (at < 0) return null;
        Path file = Path.of(options.get(at + 1));
        return Files.isRegularFile(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
    }

    Plan expect(String what, Expectation check) {
        expectations.add(new Expectation() {
            @Override
            public void check(Outcome o) {
                check.check(o);
            }

            @Override
            public String toString() {
                return what;
            }
        });
        return this;
    }

    /** What one input's run must show besides the invariants every run keeps. */
    interface Expectation {
        void check(Outcome o);
    }
}
