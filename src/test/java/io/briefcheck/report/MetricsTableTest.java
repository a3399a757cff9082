package io.briefcheck.report;

import io.briefcheck.core.Severity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.TestEngine;
import io.briefcheck.check.Checker;
import io.briefcheck.load.Document;
import io.briefcheck.load.Loader;
import io.briefcheck.model.RunSettings;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The text report of a run with results ends with the per-post metrics table, before the summary line. */
class MetricsTableTest {

    private static Report check(Path folder, Checker.Options options) throws Exception {
        Loader loader = new Loader();
        List<Document> docs = new ArrayList<>();
        for (Path f : Loader.expand(folder)) docs.addAll(loader.loadFile(f, f.toString().replace('\\', '/')));
        return new Checker(TestEngine.get(), "test").check(docs, options);
    }

    private static List<String> text(Report report) {
        StringWriter out = new StringWriter();
        new TextRenderer(false).render(report, new PrintWriter(out));
        return out.toString().lines().toList();
    }

    @Test
    void campaignWithResultsEndsWithTheTable() throws Exception {
        List<String> lines = text(check(Path.of("briefs/spring-glow"), Checker.Options.DEFAULT));
        int at = lines.indexOf("Results at a glance");
        assertTrue(at > 0, String.join("\n", lines));
        assertTrue(lines.get(at + 1).matches("\\s+results\\s+ERR \\(by reach\\)\\s+story completion\\s+CTR"), lines.get(at + 1));
        // ERR (540 + 61 + 80) / 12000 = 5.7 %; CTR 300 / 15000 = 2.0 % inside beauty's 1.5-2.5 %
        assertTrue(lines.get(at + 2).matches("\\s+tess-reel-1 \\(instagram reel\\)\\s+5\\.7 % exceptional\\s+-\\s+2\\.0 % within 1\\.5-2\\.5 % \\(beauty\\)"),
                lines.get(at + 2));
        assertEquals("", lines.get(at + 3));
        assertEquals(at + 5, lines.size(), "only the summary line follows the table");
    }

    @Test
    void storyCompletionNamesTheFrameThatLostMost() throws Exception {
        List<String> lines = text(check(Path.of("src/test/resources/rules/metrics/story-completion-low/fires.yaml"), Checker.Options.DEFAULT));
        assertTrue(lines.stream().anyMatch(l -> l.contains("42.0 % low (< 70 %), frame 2 drops most")), String.join("\n", lines));
    }

    @Test
    void noTableWithoutResultsOrWhenMetricsRulesAreLeftOut() throws Exception {
        assertFalse(text(check(Path.of("briefs/mistakes/have-fun.yaml"), Checker.Options.DEFAULT)).contains("Results at a glance"));
        Checker.Options onlyBrief = new Checker.Options(Severity.ERROR, List.of("brief"), List.of(), RunSettings.DEFAULT);
        assertFalse(text(check(Path.of("briefs/spring-glow"), onlyBrief)).contains("Results at a glance"));
    }
}
