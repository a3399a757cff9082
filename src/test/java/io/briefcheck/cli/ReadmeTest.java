package io.briefcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README and the generated rule catalog true. Every block marked
 * {@code <!-- sample: ARGS -->} in README.md must be exactly what {@code briefcheck ARGS} prints, and
 * docs/rules.md must be what {@code briefcheck rules --format markdown} prints.
 * After a deliberate change, regenerate both with {@code mvn test -Dtest=ReadmeTest -Dbriefcheck.updateDocs=true}.
 */
class ReadmeTest {

    private static final Pattern SAMPLE = Pattern.compile(
            "<!-- sample: (.+?) -->\\n```text\\n(.*?)```", Pattern.DOTALL);
    private static final boolean UPDATE = Boolean.getBoolean("briefcheck.updateDocs");

    @Test
    void readmeSamplesAreRealOutput() throws IOException {
        Path readme = Path.of("README.md");
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Matcher m = SAMPLE.matcher(text);
        StringBuilder updated = new StringBuilder();
        int samples = 0;
        while (m.find()) {
            samples++;
            String args = m.group(1).strip();
            Cli run = Cli.run(args.split("\\s+"));
            assertTrue(run.exit() == 0 || run.exit() == 1, () -> args + " could not run: " + run);
            String block = "$ ./briefcheck " + args + "\n" + run.out().stripTrailing() + "\n";
            if (!UPDATE) assertEquals(block, m.group(2), "README sample for: " + args);
            m.appendReplacement(updated, Matcher.quoteReplacement("<!-- sample: " + args + " -->\n```text\n" + block + "```"));
        }
        m.appendTail(updated);
        assertTrue(samples >= 3, "the README shows real output");
        if (UPDATE) Files.writeString(readme, updated.toString(), StandardCharsets.UTF_8);
    }

    @Test
    void ruleCatalogPageIsGeneratedFromTheLoadedRules() throws IOException {
        Path page = Path.of("docs/rules.md");
        String generated = Cli.run("rules", "--format", "markdown").out();
        if (UPDATE) Files.writeString(page, generated, StandardCharsets.UTF_8);
        assertEquals(generated, Files.readString(page, StandardCharsets.UTF_8),
                "docs/rules.md is stale: run mvn test -Dtest=ReadmeTest -Dbriefcheck.updateDocs=true");
    }

    @Test
    void readmeGivesTheTwoSetUpCommandsAndCiRunsTheTestOne() throws IOException {
        String readme = Files.readString(Path.of("README.md"));
        assertTrue(readme.contains("./briefcheck check briefs/"));
        assertTrue(readme.contains("mvn -B verify"));
        assertTrue(Files.readString(Path.of(".ci/run")).contains("mvn -B verify"));
    }
}
