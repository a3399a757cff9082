package io.briefcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.briefcheck.TestEngine;
import io.briefcheck.check.Checker;
import io.briefcheck.core.Finding;
import io.briefcheck.engine.Engine;
import io.briefcheck.engine.FindingText;
import io.briefcheck.load.Document;
import io.briefcheck.load.Loader;
import io.briefcheck.report.Report;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a check costs is bounded by its input and its time limit, whatever the input or a custom rule
 * does: a looping rule is stopped at --time-limit with engine/timeout, a rule that throws is an
 * engine/rule-failed finding with its file and line, and a caption of one claim repeated gives a
 * report of bounded size. The other documents are checked as usual each time.
 */
class EngineLimitsTest {

    private static final Path FIXTURES = Path.of("src/test/resources/rules/engine");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    private static final String OTHER_POST = """
            kind: post
            platform: instagram
            format: post
            market: US
            connection: paid
            brand: Glow Botanics
            caption: "Loving my new serum from @glowbotanics"
            """;

    @Test
    void aLoopingCustomRuleIsStoppedAtTheTimeLimitAndTheOtherDocumentsGoOn() throws Exception {
        Path file = tmp.resolve("loop.yaml");
        Files.writeString(file, "kind: influencer\nhandle: \"@loop\"\nplatform: instagram\nfollowers: 12000\n---\n" + OTHER_POST);
        Cli run = Cli.run("check", "--format", "json", "--no-config", "--time-limit", "5",
                "--rules", FIXTURES.resolve("timeout/looping").toString(), file.toString());
        assertNotEquals(0, run.exit(), run::toString);
        JsonNode report = JSON.readTree(run.out());
        assertEquals("error", report.at("/documents/0/status").asText(), "the looping document is not checked");
        assertEquals("fail", report.at("/documents/1/status").asText(), () -> "the other document is checked: " + report);
        List<String> rules = rules(report);
        assertTrue(rules.contains("engine/timeout"), rules::toString);
        assertTrue(rules.contains("ftc/missing-disclosure"), rules::toString);
        JsonNode timeout = finding(report, "engine/timeout");
        assertEquals(0, timeout.get("index").asInt());
        assertTrue(timeout.get("message").asText().contains("5 s"), timeout::toString);
    }

    @Test
    void theLoopStopsAtAboutTheTimeLimit() {
        Engine engine = TestEngine.engineFor(FIXTURES.resolve("timeout/fires.yaml"));
        List<Document> docs = new Loader().loadBytes("loop.yaml",
                "kind: influencer\nhandle: \"@loop\"\nplatform: instagram\nfollowers: 12000\n".getBytes(StandardCharsets.UTF_8));
        long started = System.nanoTime();
        Report report = new Checker(engine, "test").check(docs, TestEngine.OPTIONS.withTimeLimit(Duration.ofMillis(500)));
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertTrue(ms < 5_000, "stopped at about the time limit of 0.5 s, not later: " + ms + " ms");
        assertEquals(List.of("engine/timeout"), report.findings().stream().map(Finding::rule).toList());
        assertTrue(report.findings().get(0).message().contains("0.5 s"), report.findings().get(0)::message);
    }

    @Test
    void theTimeoutIsNotHiddenByOnlyOrDisable() throws Exception {
        Path file = tmp.resolve("loop.yaml");
        Files.writeString(file, "kind: influencer\nhandle: \"@loop\"\nplatform: instagram\nfollowers: 12000\n");
        Cli run = Cli.run("check", "--format", "json", "--no-config", "--time-limit", "0.5", "--only", "ftc",
                "--disable", "ftc/vague-label", "--rules", FIXTURES.resolve("timeout/looping").toString(), file.toString());
        assertEquals(1, run.exit(), run::toString);
        assertEquals(List.of("engine/timeout"), rules(JSON.readTree(run.out())));
    }

    @Test
    void aRuleThatThrowsIsAFindingWithItsFileAndLineAndTheRunGoesOn() throws Exception {
        Path file = tmp.resolve("boom.yaml");
        Files.writeString(file, OTHER_POST.replace("Loving", "boom: loving") + "---\n" + OTHER_POST);
        Path rules = FIXTURES.resolve("rule-failed/throwing");
        Cli run = Cli.run("check", "--format", "json", "--no-config", "--rules", rules.toString(), file.toString());
        assertEquals(1, run.exit(), run::toString);
        JsonNode report = JSON.readTree(run.out());
        JsonNode failed = finding(report, "engine/rule-failed");
        assertEquals(0, failed.get("index").asInt());
        String message = failed.get("message").asText();
        assertTrue(message.contains(rules.toString().replace('\\', '/') + "/throws.drl:7"), message);
        assertTrue(message.contains("\"Fails on boom\"") && message.contains("NullPointerException"), message);
        long disclosures = 0;
        for (JsonNode f : report.get("findings")) if (f.get("rule").asText().equals("ftc/missing-disclosure")) disclosures++;
        assertEquals(2, disclosures, "the other rules found both posts' problem");
    }

    @Test
    void timeLimitMustBeAPositiveNumber() {
        Cli run = Cli.run("check", "--time-limit", "0", "briefs/drafts/us-hashtag-block.yaml");
        assertEquals(2, run.exit(), run::toString);
        assertTrue(run.err().contains("--time-limit"), run::toString);
    }

    /** serve's time limit for checks that came with files is read the same way, and refused before anything starts. */
    @Test
    void filesTimeLimitMustBeAPositiveNumber() {
        for (String bad : List.of("0", "-1", "NaN", "100000")) {
            Cli run = Cli.run("serve", "--port", "0", "--files-time-limit", bad);
            assertEquals(2, run.exit(), run::toString);
            assertTrue(run.err().contains("--files-time-limit takes a number of seconds"), run::toString);
        }
    }

    /** The reproducer: 20 KB of one claim repeated gave 2,225 findings that each quoted all of it (46 MB). */
    @Test
    void aCaptionOfOneClaimRepeatedGivesABoundedReport() throws Exception {
        String caption = "#ad " + "clinically proven ".repeat(20_000 / 18);
        Path file = tmp.resolve("claims.yaml");
        Files.writeString(file, "kind: post\nplatform: instagram\nformat: post\nmarket: US\nconnection: paid\ncaption: \""
                + caption + "\"\n");
        Cli run = Cli.run("check", "--format", "json", "--no-config", file.toString());
        assertEquals(1, run.exit(), () -> run.err());
        assertTrue(run.out().length() < 200_000, "report of " + run.out().length() + " characters");
        JsonNode report = JSON.readTree(run.out());
        List<JsonNode> claims = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            assertTrue(f.get("message").asText().length() <= FindingText.TEXT_MAX, f::toString);
            if (f.get("rule").asText().equals("ftc/unsubstantiated-claim")) claims.add(f);
        }
        assertEquals(21, claims.size(), "20 listed and one that counts the rest");
        JsonNode first = claims.get(0);
        assertTrue(first.get("message").asText().contains("…\")"), "the sentence is quoted in part: " + first);
        assertTrue(claims.stream().anyMatch(f -> f.get("message").asText().matches(
                "ftc/unsubstantiated-claim found \\d+ more problems in this document.*")), claims::toString);
        assertEquals(4, first.at("/span/start").asInt(), "the first claims are listed, in the order they stand");
    }

    /** The rule ids of the findings, and of their related reasons. */
    private static List<String> rules(JsonNode report) {
        return report.get("findings").findValuesAsText("rule");
    }

    private static JsonNode finding(JsonNode report, String rule) {
        for (JsonNode f : report.get("findings")) if (f.get("rule").asText().equals(rule)) return f;
        throw new AssertionError("no " + rule + " in " + report);
    }
}
