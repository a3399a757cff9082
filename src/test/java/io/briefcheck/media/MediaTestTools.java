package io.briefcheck.media;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.List;

/**
 * The media tests need Tesseract OCR and ffmpeg: on a developer's machine without them they are skipped with
 * how to install them; under CI (CI=true), which installs them (.ci/run), they fail instead.
 */
final class MediaTestTools {
    private MediaTestTools() {
    }

    static final MediaSettings SETTINGS = new MediaSettings(List.of("eng", "nld", "deu", "fra"), 60, 720, 0, 10, 60, 2, 60, 40_000_000);

    static void assumeTesseract() {
        need(Tools.installed().hasTesseract(), Tools.INSTALL_TESSERACT);
    }

    static void assumeFfmpeg() {
        assumeTesseract();
        need(Tools.installed().hasFfmpeg(), Tools.INSTALL_FFMPEG);
    }

    private static void need(boolean installed, String how) {
        if ("true".equals(System.getenv("CI"))) assertTrue(installed, "CI must have it (.ci/run installs it): " + how);
        assumeTrue(installed, "skipped: " + how);
    }
}
