package io.briefcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.briefcheck.check.Checker;
import io.briefcheck.load.Document;
import io.briefcheck.load.Loader;
import io.briefcheck.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Any bytes give findings, never an exception, and every document given appears in the report.
 * Inputs are the bundled examples with random damage (fixed seed, so a failure reproduces).
 */
class RobustnessTest {

    private static final String[] DAMAGE = {":", " ", "\n", "-", "[", "]", "{", "}", "\"", "'", "&a", "*a", "!!",
        "---\n", "\t", "#", "|", ">", "?", "%", "@", "`", "\u0000", "\uFEFF", "é", "1e999", "-5", "null", "~"};

    @Test
    void damagedExamplesNeverCrashTheCheck() throws IOException {
        List<Path> examples = Loader.expand(Path.of("briefs"));
        Random random = new Random(20261125);
        Loader loader = new Loader();
        Checker checker = new Checker(TestEngine.get(), "test");
        for (int round = 0; round < 400; round++) {
            String text = Files.readString(examples.get(random.nextInt(examples.size())));
            StringBuilder sb = new StringBuilder(text);
            int cuts = 1 + random.nextInt(6);
            for (int i = 0; i < cuts && sb.length() > 0; i++) {
                int at = random.nextInt(sb.length());
                if (random.nextBoolean()) sb.insert(at, DAMAGE[random.nextInt(DAMAGE.length)]);
                else sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(20)));
            }
            byte[] bytes = sb.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
            List<Document> docs = loader.loadBytes("damaged-" + round + ".yaml", bytes);
            Report report = checker.check(docs, Checker.Options.DEFAULT);
            assertEquals(docs.size(), report.documents().size(), "every document is in the report");
            assertFalse(docs.isEmpty());
        }
    }

    @Test
    void randomBytesAreAnErrorFindingNotACrash() {
        Random random = new Random(7);
        Checker checker = new Checker(TestEngine.get(), "test");
        for (int round = 0; round < 200; round++) {
            byte[] bytes = new byte[random.nextInt(2000)];
            random.nextBytes(bytes);
            List<Document> docs = new Loader().loadBytes("noise.yaml", bytes);
            Report report = checker.check(docs, Checker.Options.DEFAULT);
            assertEquals(docs.size(), report.documents().size());
        }
    }
}
