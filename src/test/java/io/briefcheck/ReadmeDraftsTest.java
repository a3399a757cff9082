package io.briefcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.report.TextRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README's "Checking a draft" section true: the output shown under each
 * {@code $ ./briefcheck check FILE} is what briefcheck prints for that file today.
 */
class ReadmeDraftsTest {

    @Test
    void readmeShowsTheRealOutput() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        int checked = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (!line.startsWith("    $ ./briefcheck check briefs/drafts/")) continue;
            String file = line.substring("    $ ./briefcheck check ".length()).strip();
            List<String> shown = new ArrayList<>();
            for (int j = i + 1; j < lines.size() && !lines.get(j).startsWith("Exit code"); j++) {
                shown.add(lines.get(j).startsWith("    ") ? lines.get(j).substring(4) : lines.get(j));
            }
            StringWriter out = new StringWriter();
            new TextRenderer(false).render(TestEngine.check(Path.of(file)), new PrintWriter(out));
            assertEquals(String.join("\n", shown).strip(), out.toString().strip(), "README output for " + file);
            checked++;
        }
        assertTrue(checked >= 3, "the README shows a US, a UK and a Dutch draft");
    }
}
