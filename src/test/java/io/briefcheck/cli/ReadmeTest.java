package io.briefcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Keeps the README, the guides and the generated rule catalog true. Every block marked
 * {@code <!-- sample: ARGS -->} in README.md or docs/*.md must be exactly what {@code briefcheck ARGS} prints, and
 * docs/rules.md must be what {@code briefcheck rules --format markdown} prints.
 * After a deliberate change, regenerate both with {@code mvn test -Dtest=ReadmeTest -Dbriefcheck.updateDocs=true}.
 */
class ReadmeTest {

    private static final Pattern SAMPLE = Pattern.compile(
            "<!-- sample: (.+?) -->\\n```text\\n(.*?)```", Pattern.DOTALL);
    private static final boolean UPDATE = Boolean.getBoolean("briefcheck.updateDocs");

    /** The pages that show output: the README and the user guides in docs/ (not the generated catalog). */
    static List<Path> pagesWithSamples() throws IOException {
        List<Path> pages = new ArrayList<>(List.of(Path.of("README.md")));
        try (var docs = Files.list(Path.of("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md") && !p.getFileName().toString().equals("rules.md"))
                    .sorted().forEach(pages::add);
        }
        return pages;
    }

    @Test
    void samplesAreRealOutput() throws IOException {
        int samples = 0;
        int inReadme = 0;
        for (Path page : pagesWithSamples()) {
            String text = Files.readString(page, StandardCharsets.UTF_8);
            Matcher m = SAMPLE.matcher(text);
            StringBuilder updated = new StringBuilder();
            while (m.find()) {
                samples++;
                if (page.toString().equals("README.md")) inReadme++;
                String args = m.group(1).strip();
                Cli run = Cli.run(args.split("\\s+"));
                assertTrue(run.exit() == 0 || run.exit() == 1, () -> args + " could not run: " + run);
                String block = "$ ./briefcheck " + args + "\n" + run.out().stripTrailing() + "\n";
                if (!UPDATE) assertEquals(block, m.group(2), page + " sample for: " + args);
                m.appendReplacement(updated, Matcher.quoteReplacement("<!-- sample: " + args + " -->\n```text\n" + block + "```"));
            }
            m.appendTail(updated);
            if (UPDATE) Files.writeString(page, updated.toString(), StandardCharsets.UTF_8);
        }
        assertTrue(inReadme >= 2, "the README shows real output");
        assertTrue(samples >= 6, "the guides show real output");
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
        // the Maven Wrapper, so neither a reader nor CI needs Maven installed
        assertTrue(readme.contains("./mvnw -B verify"));
        assertTrue(Files.readString(Path.of(".ci/run")).contains("./mvnw -B verify"));
    }
}
