package io.briefcheck.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where one run will write, checked before anything is checked or written: never over a file it reads
 * (a brief, the configuration, the baseline it compares with), and never two reports into one file or
 * both onto the screen, where they would mix. Paths are compared as the file system resolves them
 * (symbolic links, {@code ./}, {@code ..}).
 */
final class OutputTargets {

    private final List<CheckCommand.Output> reports;
    private final Path writeBaseline;
    private final Path baseline;

    OutputTargets(List<CheckCommand.Output> reports, Path writeBaseline, Path baseline) {
        this.reports = reports;
        this.writeBaseline = writeBaseline;
        this.baseline = baseline;
    }

    /** Stops the run (exit 2) when an output would overwrite {@code inputs} or the {@code config}, or another output. */
    void check(List<Path> inputs, Path config) {
        Map<Path, String> read = new HashMap<>();
        for (Path p : inputs) read.put(real(p), "a file being checked");
        if (config != null) read.put(real(config), "the configuration file");
        Map<Path, String> written = new HashMap<>();
        List<String> onScreen = new ArrayList<>();
        for (CheckCommand.Output o : reports) {
            String what = "the " + o.format() + " report";
            if (o.file() == null) {
                onScreen.add(what);
                continue;
            }
            Map<Path, String> protect = new HashMap<>(read);
            if (baseline != null) protect.put(real(baseline), "the baseline being compared with");
            claim(o.file(), what, "--output", protect, written);
        }
        // reading the old baseline and writing the new one to the same file is how a baseline is renewed
        if (writeBaseline != null) claim(writeBaseline, "the baseline", "--write-baseline", read, written);
        if (onScreen.size() > 1) {
            throw new CannotRunException("briefcheck: " + String.join(" and ", onScreen)
                    + " would both go to the screen and mix; give all but one of them an --output FILE.");
        }
    }

    private static void claim(Path file, String what, String option, Map<Path, String> read, Map<Path, String> written) {
        Path real = real(file);
        if (read.containsKey(real)) {
            throw new CannotRunException("briefcheck: " + option + " " + file + " is " + read.get(real) + "; refusing to write "
                    + what + " over it. Choose another " + option + " file.");
        }
        String earlier = written.putIfAbsent(real, what);
        if (earlier != null) {
            throw new CannotRunException("briefcheck: " + earlier + " and " + what + " would both be written to " + file
                    + "; give each --format its own --output.");
        }
    }

    /** The file as the file system knows it; for one that does not exist yet, its resolved folder and its name. */
    static Path real(Path p) {
        Path abs = p.toAbsolutePath().normalize();
        try {
            if (Files.exists(abs)) return abs.toRealPath();
            Path parent = abs.getParent();
            if (parent != null && Files.exists(parent)) return parent.toRealPath().resolve(abs.getFileName());
        } catch (IOException e) {
            // unreadable on the way: compare as written
        }
        return abs;
    }

}
