package io.briefcheck.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** The content repository through every report format, each checked as its consumer would read it. */
class ReportFormatsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static JsonSchema sarifSchema;

    @TempDir
    Path tmp;

    @BeforeAll
    static void loadSchema() throws Exception {
        try (InputStream in = ReportFormatsTest.class.getResourceAsStream("/schemas/sarif-schema-2.1.0.json")) {
            sarifSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in);
        }
    }

    private JsonNode json() throws Exception {
        Path file = tmp.resolve("report.json");
        Cli.Result r = Cli.run("check", "--config", Cli.CONFIG, Cli.REPO, "--format", "json", "--output", file.toString());
        assertEquals(1, r.code(), r.err());
        return JSON.readTree(file.toFile());
    }

    @Test
    void sarifIsValidAndCarriesRulesLocationsFingerprintsAndSuppressions() throws Exception {
        Path file = tmp.resolve("out/report.sarif");
        Cli.Result r = Cli.run("check", "--config", Cli.CONFIG, Cli.REPO, "--format", "sarif", "--output", file.toString());
        assertEquals(1, r.code(), r.err());
        assertEquals("", r.out(), "with --output nothing goes to the screen");
        JsonNode sarif = JSON.readTree(file.toFile());
        Set<ValidationMessage> errors = sarifSchema.validate(sarif);
        assertEquals(Set.of(), errors, "SARIF must validate against the 2.1.0 schema");

        JsonNode run = sarif.get("runs").get(0);
        JsonNode driver = run.get("tool").get("driver");
        assertEquals("briefcheck", driver.get("name").asText());
        assertFalse(driver.get("version").asText().isEmpty());
        assertTrue(driver.get("informationUri").asText().startsWith("https://"));
        Map<String, JsonNode> rules = new HashMap<>();
        for (JsonNode rule : driver.get("rules")) rules.put(rule.get("id").asText(), rule);
        // the catalog as loaded: bundled rules, the input/ rules and the repository's own extra rule
        for (String id : List.of("brief/missing-payment-terms", "input/yaml-syntax", "input/bad-suppression", "acme/html-in-caption")) {
            assertTrue(rules.containsKey(id), id + " in rules[]");
        }
        JsonNode terms = rules.get("brief/missing-payment-terms");
        assertEquals("The brief does not say how and when the creator is paid", terms.get("shortDescription").get("text").asText());
        assertTrue(terms.get("fullDescription").get("text").asText().contains("Unclear pay"));
        assertTrue(terms.get("help").get("text").asText().contains("Source: ISBA"), "help carries the source");
        assertEquals("error", terms.get("defaultConfiguration").get("level").asText());
        assertEquals("warning", rules.get("brief/missing-usage-rights").get("defaultConfiguration").get("level").asText());

        Map<String, JsonNode> results = new HashMap<>();
        for (JsonNode res : run.get("results")) results.put(res.get("ruleId").asText(), res);
        JsonNode pay = results.get("brief/missing-payment-terms");
        assertNotNull(pay);
        assertEquals("error", pay.get("level").asText());
        assertEquals(terms, driver.get("rules").get(pay.get("ruleIndex").asInt()), "ruleIndex points at the rule");
        JsonNode loc = pay.get("locations").get(0).get("physicalLocation");
        assertEquals(Cli.REPO + "/briefs/no-terms.yaml", loc.get("artifactLocation").get("uri").asText());
        JsonNode region = loc.get("region");
        assertEquals(20, region.get("startLine").asInt());
        assertEquals(1, region.get("startColumn").asInt());
        assertEquals(20, region.get("endLine").asInt());
        assertEquals("compensation:".length() + 1, region.get("endColumn").asInt());
        assertTrue(pay.get("message").get("text").asText().contains("Fix: Add compensation.payment_terms"));
        assertFalse(pay.get("partialFingerprints").get("briefcheck/v1").asText().isEmpty());
        assertFalse(pay.has("suppressions"));
        assertEquals("note", results.get("brief/missing-key-messages").get("level").asText(), "config lowered it to info");

        JsonNode waived = results.get("brief/missing-usage-rights").get("suppressions").get(0);
        assertEquals("external", waived.get("kind").asText());
        assertTrue(waived.get("justification").asText().startsWith("Usage rights are agreed in the master contract"));
        JsonNode inline = results.get("brief/missing-audience").get("suppressions").get(0);
        assertEquals("inSource", inline.get("kind").asText());
        assertEquals("the audience is set per market in the media plan", inline.get("justification").asText());
        assertTrue(run.get("invocations").get(0).get("toolConfigurationNotifications").get(0).get("message").get("text")
                .asText().contains("expired on 2020-01-01"));

        // the same input gives the same fingerprints
        Path again = tmp.resolve("again.sarif");
        Cli.run("check", "--config", Cli.CONFIG, Cli.REPO, "--format", "sarif", "--output", again.toString());
        assertEquals(fingerprints(sarif), fingerprints(JSON.readTree(again.toFile())));
    }

    @Test
    void absolutePathsInsideTheCheckoutBecomeRelativeForCodeScanning() throws Exception {
        Path file = tmp.resolve("abs.sarif");
        String absolute = Path.of(Cli.REPO, "briefs", "no-terms.yaml").toAbsolutePath().toString();
        Cli.Result r = Cli.run("check", "--no-config", absolute, "--format", "sarif", "--output", file.toString(),
                "--format", "github", "--step-summary", tmp.resolve("s.md").toString());
        assertEquals(1, r.code(), r.err());
        JsonNode result = JSON.readTree(file.toFile()).get("runs").get(0).get("results").get(0);
        assertEquals(Cli.REPO + "/briefs/no-terms.yaml",
                result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asText());
        assertTrue(r.out().contains("file=" + Cli.REPO + "/briefs/no-terms.yaml,"), r.out());
    }

    @Test
    void schemaCheckRejectsBrokenSarif() throws Exception {
        Path file = tmp.resolve("report.sarif");
        Cli.run("check", "--config", Cli.CONFIG, Cli.REPO, "--format", "sarif", "--output", file.toString());
        JsonNode sarif = JSON.readTree(file.toFile());
        ((ObjectNode) sarif.get("runs").get(0).get("results").get(0)).put("level", "fatal");
        assertFalse(sarifSchema.validate(sarif).isEmpty(), "the schema check must be able to fail");
    }

    private static List<String> fingerprints(JsonNode sarif) {
        List<String> out = new ArrayList<>();
        for (JsonNode r : sarif.get("runs").get(0).get("results")) out.add(r.get("partialFingerprints").toString());
        return out;
    }

    @Test
    void junitHasOneTestcasePerDocumentAndAFailurePerFindingAtFailOn() throws Exception {
        JsonNode report = json();
        Path file = tmp.resolve("junit.xml");
        Cli.Result r = Cli.run("check", "--config", Cli.CONFIG, Cli.REPO, "--format", "junit", "--output", file.toString(),
                "--fail-on", "warning");
        assertEquals(1, r.code(), r.err());
        Document xml = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
        NodeList cases = xml.getElementsByTagName("testcase");
        assertEquals(report.get("documents").size(), cases.getLength());
        int atWarning = 0;
        for (JsonNode f : report.get("findings")) {
            boolean counts = !f.has("suppressed") && !f.get("severity").asText().equals("info");
            if (counts) atWarning++;
        }
        NodeList failures = xml.getElementsByTagName("failure");
        assertEquals(atWarning, failures.getLength(), "one failure per unsuppressed finding at warning or above");
        assertEquals(String.valueOf(atWarning), ((Element) xml.getElementsByTagName("testsuite").item(0)).getAttribute("failures"));
        Set<String> types = new HashSet<>();
        for (int i = 0; i < failures.getLength(); i++) types.add(((Element) failures.item(i)).getAttribute("type"));
        assertEquals(Set.of("brief/missing-payment-terms", "brief/kpi-not-measurable", "acme/html-in-caption"), types);
        Element draft = null;
        for (int i = 0; i < cases.getLength(); i++) {
            Element c = (Element) cases.item(i);
            if (c.getAttribute("classname").endsWith("drafts/html-caption.yaml")) draft = c;
        }
        assertNotNull(draft);
        assertEquals("post acme-reel-1 (document 1)", draft.getAttribute("name"));
        assertTrue(draft.getTextContent().contains("flagged: <script>"), "the flagged markup survives as text in XML");
    }

    @Test
    void githubPrintsWorkflowCommandsAndAppendsAJobSummary() throws Exception {
        Path summary = tmp.resolve("step-summary.md");
        Files.writeString(summary, "earlier step\n");
        Cli.Result r = Cli.run("check", "--config", Cli.CONFIG, Cli.REPO, "--format", "github", "--step-summary", summary.toString());
        assertEquals(1, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertTrue(lines.contains("::error file=" + Cli.REPO + "/briefs/no-terms.yaml,line=20,col=1,title=brief/missing-payment-terms::"
                + "The brief promises a fee but does not say when or how it is paid.%0AFix: Add compensation.payment_terms, "
                + "e.g. 'Paid by bank transfer within 30 days of publication'."), r.out());
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("::warning file=" + Cli.REPO + "/briefs/no-terms.yaml,line=8,col=1,title=brief/kpi-not-measurable::")));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("::notice ") && l.contains("title=brief/missing-key-messages")));
        assertFalse(r.out().contains("brief/missing-usage-rights"), "suppressed findings are not annotated");
        assertTrue(lines.stream().allMatch(l -> l.startsWith("::")), "nothing but workflow commands on stdout");
        String md = Files.readString(summary);
        assertTrue(md.startsWith("earlier step\n## briefcheck: ❌ failed"), "appended, not overwritten:\n" + md);
    }

    @Test
    void markdownIsAPullRequestCommentWithEscapedText() throws Exception {
        Cli.Result r = Cli.run("check", "--config", Cli.CONFIG, Cli.REPO, "--format", "markdown");
        assertEquals(1, r.code(), r.err());
        String md = r.out();
        assertTrue(md.contains("| 20:1 | 🔴 error | `brief/missing-payment-terms` | The brief promises a fee"), md);
        assertTrue(md.contains("<details><summary>2 suppressed findings</summary>"));
        assertTrue(md.contains("| waiver | Usage rights are agreed in the master contract"));
        assertTrue(md.contains("expired on 2020-01-01"));
    }

    @Test
    void htmlIsOneSelfContainedPageWithEscapedHighlightedText() throws Exception {
        Path file = tmp.resolve("report.html");
        Cli.Result r = Cli.run("check", "--config", Cli.CONFIG, Cli.REPO, "--format", "html", "--output", file.toString());
        assertEquals(1, r.code(), r.err());
        String html = Files.readString(file);
        assertTrue(html.startsWith("<!DOCTYPE html>"));
        assertFalse(html.toLowerCase().contains("<script"), "the caption's <script> must come out as text");
        assertTrue(html.contains("#ad Stay dry <mark>&lt;script&gt;</mark>alert(&#39;hi&#39;)&lt;/script&gt; on every hike &amp; trail"),
                "the offending span is highlighted, the rest escaped");
        assertFalse(html.contains("<link") || html.contains(" src=") || html.contains("url("), "no external assets");
        assertTrue(html.contains("<svg"), "a chart");
        assertTrue(html.contains("data-count=\"2\""), "two errors in the chart");
        assertTrue(html.contains("Fix: Remove the markup and keep the words."));
        assertTrue(html.contains("id=\"rule-brief/missing-payment-terms\""), "rule explanations");
        assertTrue(html.contains("Unclear pay is the most common reason"));
        assertTrue(html.contains("Suppressed (inline): the audience is set per market in the media plan"));
    }

    @Test
    void formatsPairWithOutputsInOrderAndTheRestGoToTheScreen() throws Exception {
        Path json = tmp.resolve("a.json");
        Path sarif = tmp.resolve("b.sarif");
        Cli.Result r = Cli.run("check", "--config", Cli.CONFIG, Cli.REPO, "--format", "json", "--output", json.toString(),
                "--format", "sarif", "--output", sarif.toString(), "--format", "text");
        assertEquals(1, r.code(), r.err());
        assertEquals(2, JSON.readTree(json.toFile()).get("summary").get("suppressed").asInt());
        assertEquals("2.1.0", JSON.readTree(sarif.toFile()).get("version").asText());
        assertTrue(r.out().contains("2 errors, 1 warning, 1 info, 2 suppressed"), r.out());

        Cli.Result tooMany = Cli.run("check", "--config", Cli.CONFIG, Cli.REPO, "--format", "json",
                "--output", json.toString(), "--output", sarif.toString());
        assertEquals(2, tooMany.code());
        assertTrue(tooMany.err().contains("give one --format for each --output"));
    }

    @Test
    void sarifMarksASpanExactly() throws Exception {
        Path file = tmp.resolve("drafts.sarif");
        Cli.run("check", "--no-config", "briefs/drafts/us-hashtag-block.yaml", "--format", "sarif", "--output", file.toString());
        JsonNode results = new ObjectMapper().readTree(file.toFile()).path("runs").get(0).path("results");
        // below the fold and buried: one result (ftc/label-buried is its related reason), on the label
        JsonNode belowFold = null;
        for (JsonNode r : results) if (r.path("ruleId").asText().equals("ftc/label-below-fold")) belowFold = r;
        assertNotNull(belowFold, results.toString());
        JsonNode region = belowFold.path("locations").get(0).path("physicalLocation").path("region");
        assertEquals(15, region.path("startLine").asInt());
        assertEquals(36, region.path("startColumn").asInt());
        assertEquals(39, region.path("endColumn").asInt(), "exactly the three characters of #ad");
    }
}
