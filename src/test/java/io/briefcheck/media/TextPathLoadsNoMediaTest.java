package io.briefcheck.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Text-only checks pay nothing for media: a JVM that checks the example drafts (no pictures, no videos) loads
 * no class of io.briefcheck.media, nor the analysis classes that use it (-verbose:class lists every class loaded).
 */
class TextPathLoadsNoMediaTest {

    @Test
    void checkingTextLoadsNoMediaClass(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("classes.txt");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-verbose:class", "-cp", System.getProperty("java.class.path"),
                "io.briefcheck.cli.Main", "check", "--no-cache", "briefs/drafts").redirectOutput(log.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the check ends");
        List<String> loaded = Files.readAllLines(log, StandardCharsets.UTF_8);
        assertTrue(loaded.stream().anyMatch(l -> l.contains("io.briefcheck.analysis.disclosure.PostAnalyzer ")),
                "the drafts were analysed (else this test proves nothing)");
        List<String> media = loaded.stream().filter(l -> l.contains("io.briefcheck.media.")
                || l.contains("io.briefcheck.analysis.disclosure.SeenMedia") || l.contains("io.briefcheck.analysis.disclosure.MediaRules"))
                .toList();
        assertEquals(List.of(), media, "classes loaded for media on a text-only check");
    }
}
