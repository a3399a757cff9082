package io.briefcheck.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;

/**
 * One misplaced "#ad" (below Instagram's fold and in the closing hashtags, so ftc/label-below-fold and
 * ftc/label-buried both fire with the same caption to suggest) is one finding that gives both reasons,
 * in every format. Suppression, levels and the baseline still work rule by rule, and the exit code
 * is what it was before the two were merged.
 */
class SameCauseTest {

    private static final String DRAFT = "briefs/drafts/us-hashtag-block.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private JsonNode report(String... args) throws Exception {
        return Cli.report(tmp, args);
    }

    /** The draft with a line added at the top (a suppression comment). */
    private String draftWith(String firstLine) throws Exception {
        Path copy = tmp.resolve("draft.yaml");
        Files.writeString(copy, firstLine + "\n" + Files.readString(Path.of(DRAFT)));
        return copy.toString();
    }

    private String config(String yaml) throws Exception {
        Path file = tmp.resolve(".briefcheck.yaml");
        Files.writeString(file, yaml);
        return file.toString();
    }

    private static List<String> summary(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            StringBuilder sb = new StringBuilder(f.get("severity").asText() + " " + f.get("rule").asText());
            for (JsonNode r : f.path("related")) sb.append(" +").append(r.get("severity").asText()).append(' ').append(r.get("rule").asText());
            if (f.has("suppressed")) sb.append(" [").append(f.get("suppressed").get("kind").asText()).append(']');
            out.add(sb.toString());
        }
        return out;
    }

    @Test
    void oneMisplacedLabelIsOneFindingThatGivesBothReasons() throws Exception {
        JsonNode r = report("check", "--no-config", DRAFT);
        assertEquals(1, r.get("exit").asInt());
        assertEquals(List.of("error ftc/label-below-fold +error ftc/label-buried"), summary(r));
        JsonNode f = r.get("findings").get(0);
        assertEquals("US", f.get("market").asText());
        assertEquals(15, f.get("line").asInt());
        assertEquals(36, f.get("column").asInt());
        assertTrue(f.get("fix").asText().startsWith("Move it to the start: \"#ad Sunday reset"), f.toString());
        assertTrue(f.get("suggestion").asText().startsWith("#ad Sunday reset"));
        JsonNode buried = f.get("related").get(0);
        assertTrue(buried.get("message").asText().contains("must not be buried among hashtags"), buried.toString());
        assertEquals(1, r.get("summary").get("error").asInt(), "one cause, one error");
    }

    @Test
    void everyFormatSaysTheCauseOnceAndNamesTheOtherRule() throws Exception {
        Cli.Result text = Cli.run("check", "--no-config", "--color", "never", DRAFT);
        assertEquals(1, text.code());
        assertEquals(1, text.out().lines().filter(l -> l.startsWith("      fix: ")).count(), text.out());
        assertTrue(text.out().contains("  error    ftc/label-below-fold  (US)  \"#ad\" starts at character 175")
                && text.out().contains("\n      also error    ftc/label-buried  \"#ad\" is in the block of hashtags"), text.out());

        Path sarifFile = tmp.resolve("r.sarif");
        Cli.run("check", "--no-config", DRAFT, "--format", "sarif", "--output", sarifFile.toString());
        JsonNode sarif = JSON.readTree(sarifFile.toFile());
        try (InputStream in = getClass().getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            assertEquals(Set.of(), JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in).validate(sarif));
        }
        JsonNode results = sarif.get("runs").get(0).get("results");
        assertEquals(1, results.size(), results.toString());
        JsonNode result = results.get(0);
        assertEquals("ftc/label-below-fold", result.get("ruleId").asText());
        assertTrue(result.get("message").get("text").asText().contains(" Also ftc/label-buried: \"#ad\" is in the block"));
        JsonNode related = result.get("relatedLocations").get(0);
        assertTrue(related.get("message").get("text").asText().startsWith("ftc/label-buried (error): "));
        assertEquals(result.get("locations").get(0).get("physicalLocation"), related.get("physicalLocation"), "the same place");
        assertEquals("ftc/label-buried", result.get("properties").get("related").get(0).get("rule").asText());

        Path junit = tmp.resolve("junit.xml");
        Cli.run("check", "--no-config", DRAFT, "--format", "junit", "--output", junit.toString());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(junit.toFile());
        assertEquals(1, xml.getElementsByTagName("failure").getLength());
        assertTrue(xml.getElementsByTagName("failure").item(0).getTextContent().contains("\nalso: error  ftc/label-buried  \"#ad\" is in"));

        Cli.Result github = Cli.run("check", "--no-config", DRAFT, "--format", "github", "--step-summary", tmp.resolve("s.md").toString());
        List<String> annotations = github.out().lines().filter(l -> l.startsWith("::error ")).toList();
        assertEquals(1, annotations.size(), github.out());
        assertTrue(annotations.get(0).contains("title=ftc/label-below-fold::") && annotations.get(0).contains("%0AAlso ftc/label-buried: "));

        String md = Cli.run("check", "--no-config", DRAFT, "--format", "markdown").out();
        assertTrue(md.contains("| `ftc/label-below-fold` (US) | &quot;\\#ad&quot; starts at character 175"), md);
        assertTrue(md.contains("<br>Also `ftc/label-buried`: &quot;\\#ad&quot; is in the block"), md);

        String html = Cli.run("check", "--no-config", DRAFT, "--format", "html").out();
        assertEquals(1, html.split("<div class=\"finding ", -1).length - 1, "one finding on the page");
        assertTrue(html.contains("<li>Also <span class=\"badge error\">error</span> <a href=\"#rule-ftc/label-buried\">ftc/label-buried</a>: "), html);
        assertTrue(html.contains("id=\"rule-ftc/label-buried\""), "the related rule is explained too");
    }

    @Test
    void suppressingOneRuleLeavesTheOtherAsAFindingOfItsOwn() throws Exception {
        JsonNode r = report("check", "--no-config", draftWith("# briefcheck-disable ftc/label-below-fold -- the client accepts the fold"));
        assertEquals(List.of("error ftc/label-below-fold [inline]", "error ftc/label-buried"), summary(r));
        assertEquals(1, r.get("exit").asInt(), "the rule nobody suppressed still fails the check");
        assertEquals(1, r.get("summary").get("error").asInt());
        assertEquals(1, r.get("summary").get("suppressed").asInt());
    }

    @Test
    void suppressingEveryRuleOfTheCauseAlikeIsOneSuppressedFinding() throws Exception {
        JsonNode r = report("check", "--no-config",
                draftWith("# briefcheck-disable ftc/label-below-fold, ftc/label-buried -- the client accepts the hashtags"));
        assertEquals(List.of("error ftc/label-below-fold +error ftc/label-buried [inline]"), summary(r));
        assertEquals(0, r.get("exit").asInt());
        assertEquals(1, r.get("summary").get("suppressed").asInt());
    }

    @Test
    void theFindingTakesTheHighestSeverityOfItsRulesAndTheExitCodeDoesNotMove() throws Exception {
        JsonNode oneLowered = report("check", "--config", config("rules:\n  ftc/label-below-fold: warning\n"), DRAFT);
        assertEquals(List.of("error ftc/label-buried +warning ftc/label-below-fold"), summary(oneLowered));
        assertEquals(1, oneLowered.get("exit").asInt());

        String bothLowered = config("rules:\n  ftc/label-below-fold: warning\n  ftc/label-buried: warning\n");
        JsonNode warnings = report("check", "--config", bothLowered, DRAFT);
        assertEquals(List.of("warning ftc/label-below-fold +warning ftc/label-buried"), summary(warnings));
        assertEquals(0, warnings.get("exit").asInt());
        assertEquals(1, report("check", "--config", bothLowered, "--fail-on", "warning", DRAFT).get("exit").asInt());
    }

    @Test
    void aBaselineAcceptsEveryRuleOfTheCause() throws Exception {
        Path baseline = tmp.resolve("baseline.json");
        JsonNode writing = report("check", "--no-config", DRAFT, "--write-baseline", baseline.toString());
        assertEquals(List.of("error ftc/label-below-fold +error ftc/label-buried [baseline]"), summary(writing));
        List<String> accepted = new ArrayList<>();
        for (JsonNode e : JSON.readTree(baseline.toFile()).get("findings")) accepted.add(e.get("rule").asText());
        assertEquals(List.of("ftc/label-below-fold", "ftc/label-buried"), accepted, "one entry per rule");

        JsonNode next = report("check", "--no-config", DRAFT, "--baseline", baseline.toString());
        assertEquals(summary(writing), summary(next), "the next run reports as the writing run did");
        assertEquals(0, next.get("exit").asInt());
        assertFalse(next.get("findings").get(0).path("suppressed").isMissingNode());
    }
}
