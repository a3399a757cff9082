package io.briefcheck.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

/**
 * The native programs briefcheck reads media with, Tesseract OCR and ffmpeg, found on the PATH (or where the
 * system properties {@code briefcheck.tesseract} and {@code briefcheck.ffmpeg} say), and run as processes
 * with a time limit: no native library is loaded into the JVM, and a program that hangs on a hostile file is
 * stopped. Either may be missing; the caller then reports what it could not check ({@link NotChecked}).
 */
public final class Tools {

    /** How to install each program, for the message that says it is missing. */
    static final String INSTALL_TESSERACT = "Install Tesseract OCR, then check again: 'sudo apt-get install tesseract-ocr "
            + "tesseract-ocr-nld tesseract-ocr-deu tesseract-ocr-fra' (Debian, Ubuntu), 'brew install tesseract tesseract-lang' "
            + "(Mac), or the UB Mannheim installer on Windows (docs/install.md).";
    static final String INSTALL_FFMPEG = "Install ffmpeg, then check again: on Debian or Ubuntu 'sudo apt-get install ffmpeg', "
            + "on a Mac 'brew install ffmpeg', on Windows 'winget install ffmpeg'.";

    /** What a program printed, read from files so that neither stream can block it. */
    record Output(int exit, byte[] out, String err) {
    }

    private static volatile Tools onPath;

    private final Path tesseract;
    private final Path ffmpeg;
    private volatile List<String> languages;

    Tools(Path tesseract, Path ffmpeg) {
        this.tesseract = tesseract;
        this.ffmpeg = ffmpeg;
    }

    /** The programs of this machine, looked up once per process. */
    public static Tools installed() {
        Tools t = onPath;
        if (t == null) onPath = t = new Tools(find("briefcheck.tesseract", "tesseract"), find("briefcheck.ffmpeg", "ffmpeg"));
        return t;
    }

    static Path find(String property, String name) {
        String set = System.getProperty(property);
        if (set != null && !set.isBlank()) {
            Path p = Path.of(set);
            return Files.isExecutable(p) ? p : null;
        }
        String path = System.getenv("PATH");
        if (path == null) return null;
        boolean windows = System.getProperty("os.name", "").toLowerCase(Locale.ROOT).startsWith("windows");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (dir.isBlank()) continue;
            for (String file : windows ? List.of(name + ".exe", name) : List.of(name)) {
                try {
                    Path p = Path.of(dir, file);
                    if (Files.isRegularFile(p) && Files.isExecutable(p)) return p;
                } catch (RuntimeException badEntry) {
                    // a PATH entry that is no folder name: skip it
                }
            }
        }
        return null;
    }

    public boolean hasTesseract() {
        return tesseract != null;
    }

    public boolean hasFfmpeg() {
        return ffmpeg != null;
    }

    Path tesseract() throws NotChecked {
        if (tesseract == null) throw new NotChecked("Tesseract OCR is not installed, so the text on the pictures was not read.", INSTALL_TESSERACT);
        return tesseract;
    }

    Path ffmpeg() throws NotChecked {
        if (ffmpeg == null) throw new NotChecked("ffmpeg is not installed, so the video's frames were not read.", INSTALL_FFMPEG);
        return ffmpeg;
    }

    /** The OCR languages of {@code wanted} that Tesseract has, e.g. "eng+nld"; at least one is needed. */
    String languages(List<String> wanted, int timeoutS) throws NotChecked {
        List<String> have = languages;
        if (have == null) {
            Output o = run(List.of(tesseract().toString(), "--list-langs"), timeoutS, "Tesseract");
            have = new ArrayList<>();
            String text = new String(o.out(), StandardCharsets.UTF_8) + "\n" + o.err();
            for (String line : text.split("\\R")) if (line.matches("[a-z_]{3,}")) have.add(line);
            languages = have;
        }
        List<String> use = new ArrayList<>();
        for (String w : wanted) if (have.contains(w)) use.add(w);
        if (use.isEmpty()) {
            throw new NotChecked("Tesseract OCR has none of the languages " + String.join(", ", wanted)
                    + ", so the text on the pictures was not read.", INSTALL_TESSERACT);
        }
        return String.join("+", use);
    }

    /** Runs a program to its end or to the time limit; a program that fails to start is reported, not thrown. */
    Output run(List<String> command, int timeoutS, String name) throws NotChecked {
        Path out = null;
        Path err = null;
        Process p = null;
        try {
            out = Files.createTempFile("briefcheck-", ".out");
            err = Files.createTempFile("briefcheck-", ".err");
            ProcessBuilder pb = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
            pb.environment().put("OMP_THREAD_LIMIT", "1"); // Tesseract's threads only fight over a small machine's cores
            p = pb.start();
            if (!p.waitFor(timeoutS, TimeUnit.SECONDS)) {
                throw new NotChecked(name + " took more than " + timeoutS + " seconds and was stopped, so this file was not read.",
                        "Check that the file is a normal picture or video (a phone's own format); a very long or very large one "
                                + "can be shortened or exported smaller.");
            }
            return new Output(p.exitValue(), head(out, 16 << 20), new String(head(err, 4096), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new NotChecked(name + " could not be run (" + e.getMessage() + "), so this file was not read.",
                    name.equals("ffmpeg") ? INSTALL_FFMPEG : INSTALL_TESSERACT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new NotChecked("The check was stopped while " + name + " read this file.", "Check again.");
        } finally {
            if (p != null && p.isAlive()) p.destroyForcibly();
            delete(out);
            delete(err);
        }
    }

    private static byte[] head(Path file, int max) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(max);
        }
    }

    static void delete(Path p) {
        if (p == null) return;
        try {
            Files.deleteIfExists(p);
        } catch (IOException ignored) {
            // a temporary file left behind is removed with the system's temp folder
        }
    }
}
