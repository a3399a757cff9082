package io.briefcheck.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A machine without Tesseract: checking a Story of two pictures gives one info finding that says what was not
 * read and how to install it, no finding that claims a frame has no label (nothing is known about it), and no
 * stack trace. Run as a separate JVM told that Tesseract is elsewhere ({@code -Dbriefcheck.tesseract}).
 */
class MissingToolsCheckTest {

    @Test
    void oneInfoFindingPerPostAndNoGuessAboutTheFrames(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("report.json");
        Path err = dir.resolve("err.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Dbriefcheck.tesseract=" + dir.resolve("no-tesseract"), "-cp",
                System.getProperty("java.class.path"), "io.briefcheck.cli.Main", "check", "--no-cache", "-f", "json",
                "src/test/resources/rules/disclosure/label-too-small/fires.yaml").redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the check ends");
        assertTrue(p.exitValue() == 0 || p.exitValue() == 1, "exit " + p.exitValue());
        assertFalse(Files.readString(err, StandardCharsets.UTF_8).contains("Exception"), "no stack trace");
        List<String> rules = new ArrayList<>();
        JsonNode info = null;
        for (JsonNode f : new ObjectMapper().readTree(out.toFile()).get("findings")) {
            rules.add(f.get("rule").asText());
            if (f.get("rule").asText().equals("disclosure/media-not-checked")) info = f;
        }
        assertEquals(1, rules.stream().filter(r -> r.equals("disclosure/media-not-checked")).count(), rules.toString());
        assertFalse(rules.contains("ftc/story-frame-unlabeled"), "a frame that was not read is not said to have no label: " + rules);
        assertEquals("info", info.get("severity").asText());
        assertEquals("Tesseract OCR is not installed, so the text on the pictures was not read.", info.get("message").asText());
        assertTrue(info.get("fix").asText().contains("apt-get install tesseract-ocr"), info.get("fix").asText());
    }
}
