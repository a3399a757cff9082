package io.briefcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefcheck.media.Tools;
import java.util.ArrayList;
import java.util.List;

/**
 * Rule tests that read pictures or videos need Tesseract OCR (and ffmpeg for videos): without them such a test is
 * skipped on a developer's machine, and fails under CI (CI=true), which installs them (.ci/run).
 */
final class NeedsTools {
    private NeedsTools() {
    }

    /** The tools of {@code names} ("tesseract", "ffmpeg") that are not installed; under CI, none may be missing. */
    static List<String> missing(String what, List<String> names) {
        List<String> missing = new ArrayList<>();
        for (String t : names) {
            boolean there = t.equals("tesseract") ? Tools.installed().hasTesseract() : t.equals("ffmpeg") && Tools.installed().hasFfmpeg();
            if (!there) missing.add(t);
        }
        if ("true".equals(System.getenv("CI"))) assertEquals(List.of(), missing, what + ": CI must have these tools (.ci/run installs them)");
        return missing;
    }
}
