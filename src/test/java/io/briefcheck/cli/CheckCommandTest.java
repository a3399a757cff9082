package io.briefcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.briefcheck.LongCaption;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    private static final Pattern FINDING_LINE =
            Pattern.compile("(?m)^  \\S+\\.yaml:\\d+:\\d+  (error|warning|info)\\s+[a-z]+/[a-z0-9-]+  .+$");

    @TempDir
    Path tmp;

    @Test
    void theCompleteExampleCampaignPasses() {
        Cli r = Cli.run("check", "--color", "never", "briefs/spring-glow/");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().contains("4 documents in 4 files: 4 passed, 0 failed"), r::toString);
    }

    @Test
    void todayDecidesWhetherACampaignIsOverAndCanBeGiven() {
        Cli now = Cli.run("check", "--format", "json", "--only", "brief/campaign-ended,brief/due-too-soon", "briefs/spring-glow/brief.yaml");
        assertEquals(0, now.exit(), now::toString);
        Cli later = Cli.run("check", "--today", "2027-06-01", "--only", "brief/campaign-ended", "briefs/spring-glow/brief.yaml");
        assertEquals(1, later.exit(), later::toString);
        assertTrue(later.out().contains("The campaign ended on 2027-05-31, before today (2027-06-01)"), later::toString);
        Cli close = Cli.run("check", "--today", "2027-03-05", "--only", "brief/due-too-soon", "briefs/spring-glow/brief.yaml");
        assertTrue(close.out().contains("is due on 2027-03-15, in 10 days"), close::toString);
        Cli bad = Cli.run("check", "--today", "next monday", "briefs/spring-glow/brief.yaml");
        assertEquals(2, bad.exit());
        assertTrue(bad.err().contains("--today takes a date such as 2027-03-01, not 'next monday'"), bad::toString);
    }

    @Test
    void theBundledExamplesFailBecauseSomeAreBadOnPurpose() {
        Cli r = Cli.run("check", "--color", "never", "briefs/");
        assertEquals(1, r.exit(), r::toString);
        assertTrue(FINDING_LINE.matcher(r.out()).find(), r::toString);
        assertTrue(r.out().contains("      fix: "), "every finding has a fix line");
        assertTrue(r.out().contains("briefs/mistakes/have-fun.yaml:"), r::toString);
        assertFalse(r.out().contains("\u001b["), "no colour when not on a terminal");
        assertEquals("", r.err());
    }

    @Test
    void colourOnlyWhenAsked() {
        assertTrue(Cli.run("check", "--color", "always", "briefs/mistakes/have-fun.yaml").out().contains("\u001b[31m"));
    }

    @Test
    void jsonReportFollowsTheContractAndListsEveryDocument() throws IOException {
        Cli r = Cli.run("check", "--format", "json", "briefs/");
        assertEquals(1, r.exit());
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertEquals("briefcheck", root.path("tool").path("name").asText());
        JsonNode summary = root.path("summary");
        for (String f : new String[] {"files", "documents", "error", "warning", "info", "suppressed"}) {
            assertTrue(summary.has(f), "summary." + f);
        }
        int yamlDocuments = 0;
        try (var files = Files.walk(Path.of("briefs"))) {
            for (Path p : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                String text = Files.readString(p);
                yamlDocuments += 1 + (int) text.lines().filter(l -> l.equals("---")).count();
            }
        }
        assertEquals(yamlDocuments, root.path("documents").size(), "no document silently dropped");
        assertEquals(yamlDocuments, summary.path("documents").asInt());
        Set<String> statuses = new HashSet<>();
        root.path("documents").forEach(d -> statuses.add(d.path("status").asText()));
        assertEquals(Set.of("pass", "fail", "error"), statuses);
        int errors = 0;
        for (JsonNode f : root.path("findings")) {
            for (String field : new String[] {"rule", "severity", "message", "file", "line", "column", "path", "fix", "references"}) {
                assertTrue(f.has(field), "finding." + field + " in " + f);
            }
            assertTrue(f.path("line").asInt() >= 1 && f.path("column").asInt() >= 1);
            if (f.path("severity").asText().equals("error")) errors++;
        }
        assertEquals(errors, summary.path("error").asInt());
    }

    @Test
    void outputFileGetsTheReport() throws IOException {
        Path out = tmp.resolve("report.json");
        Cli r = Cli.run("check", "--format", "json", "--output", out.toString(), "briefs/spring-glow/");
        assertEquals(0, r.exit());
        assertEquals("", r.out());
        assertEquals(4, new ObjectMapper().readTree(out.toFile()).path("documents").size());
    }

    @Test
    void failOnDecidesTheExitCode() throws IOException {
        Path warningsOnly = tmp.resolve("w.yaml");
        Files.writeString(warningsOnly, "kind: post\nplatform: instagram\nformat: post\ncaption: hi\nmood: sunny\n");
        assertEquals(0, Cli.run("check", warningsOnly.toString()).exit());
        assertEquals(1, Cli.run("check", "--fail-on", "warning", warningsOnly.toString()).exit());
        assertEquals(0, Cli.run("check", "--fail-on", "never", "briefs/").exit());
        assertEquals(2, Cli.run("check", "--fail-on", "sometimes", "briefs/").exit());
    }

    @Test
    void onlyAndDisableSelectRulesAndNamespaces() {
        Cli only = Cli.run("check", "--format", "json", "--only", "brief/missing-timeline", "briefs/mistakes/");
        assertTrue(only.out().contains("brief/missing-timeline"));
        assertFalse(only.out().contains("brief/missing-audience"));
        Cli disabled = Cli.run("check", "--format", "json", "--disable", "brief", "briefs/mistakes/have-fun.yaml");
        assertFalse(disabled.out().contains("\"brief/"), disabled::toString);
        Cli unknown = Cli.run("check", "--only", "brief/no-such-rule", "briefs/");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("no rule is called brief/no-such-rule"), unknown::toString);
    }

    /** Without the bundled rules the analysis still has its data: the benchmark's parse-only baseline. */
    @Test
    void withoutTheBundledRulesNothingFailsAndNothingIsFound() {
        Cli r = Cli.run("check", "--no-default-rules", "briefs/drafts/");
        assertEquals(0, r.exit(), r.out() + r.err());
        assertFalse(r.out().contains("engine/rule-failed"), r.out());
        assertTrue(r.out().contains("0 errors, 0 warnings, 0 info"), r.out());
    }

    @Test
    void badArgumentsExitTwoWithAMessage() {
        Cli missing = Cli.run("check", "no/such/folder");
        assertEquals(2, missing.exit());
        assertTrue(missing.err().contains("no such file or folder"));
        assertEquals(2, Cli.run("check", "--market", "USA1", "briefs/").exit());
        Cli usa = Cli.run("check", "--market", "USA", "briefs/");
        assertEquals(2, usa.exit());
        assertTrue(usa.err().contains("'USA' is not a country code; did you mean 'US'?"), usa.err());
        assertEquals(2, Cli.run("check", "--market", "ZZ", "briefs/").exit(), "ZZ is no country");
        assertEquals(2, Cli.run("check", "--no-such-option").exit());
    }

    /** A typo gets one line that says what was wrong and what to type instead, not the whole help. */
    @Test
    void typosGetOneLineWithTheNearestChoice() {
        Cli command = Cli.run("chek", "briefs/");
        assertEquals(2, command.exit());
        assertEquals("briefcheck: 'chek' is not a command. Did you mean 'briefcheck check'? The commands are check, rules,"
                + " explain, init, serve; 'briefcheck --help' says more.", command.err().strip());
        Cli option = Cli.run("check", "--onyl", "ftc", "briefs/");
        assertEquals(2, option.exit());
        assertEquals("briefcheck check: there is no option --onyl here. Did you mean --only? 'briefcheck check --help'"
                + " lists the options.", option.err().strip());
        Cli rule = Cli.run("check", "--only", "ftc/missing-disclosur", "briefs/");
        assertEquals(2, rule.exit());
        assertTrue(rule.err().contains("Did you mean ftc/missing-disclosure?"), rule::toString);
        Cli explain = Cli.run("explain", "missing-disclosur");
        assertTrue(explain.err().contains("Did you mean ftc/missing-disclosure, rsm/missing-disclosure?"), explain::toString);
        Cli namespace = Cli.run("check", "--disable", "ftcc", "briefs/");
        assertTrue(namespace.err().contains("Did you mean ftc?"), namespace::toString);
    }

    @Test
    void standardInputIsOneYamlStream() {
        InputStream saved = System.in;
        try {
            System.setIn(new ByteArrayInputStream("kind: post\nplatform: instagram\nformat: post\ncaption: hi\n---\nkind: nope\n"
                    .getBytes(StandardCharsets.UTF_8)));
            Cli r = Cli.run("check", "--color", "never", "-");
            assertEquals(1, r.exit(), r::toString);
            assertTrue(r.out().contains("<stdin>:6:7  error    input/unknown-kind"), r::toString);
            assertTrue(r.out().contains("2 documents in 1 file"), r::toString);
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void unreadableFilesAreErrorFindingsNotCrashes() throws IOException {
        Path binary = tmp.resolve("photo.yaml");
        Files.write(binary, new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13});
        Cli r = Cli.run("check", "--color", "never", binary.toString());
        assertEquals(1, r.exit(), r::toString);
        assertTrue(r.out().contains("input/yaml-syntax"));
        assertTrue(r.out().contains("1 could not be checked"));
        assertEquals("", r.err());
    }

    @Test
    void theSuggestedCaptionIsTheWholeCaptionAndTheFixQuotesItsStart() throws IOException {
        assertEquals(2200, LongCaption.TEXT.length());
        Path post = tmp.resolve("long.yaml");
        Files.writeString(post, LongCaption.post());

        JsonNode findings = new ObjectMapper().readTree(Cli.run("check", "--format", "json", post.toString()).out())
                .path("findings");
        int suggesting = 0;
        for (JsonNode f : findings) {
            if (!f.has("suggestion")) continue;
            suggesting++;
            assertEquals(LongCaption.FIXED, f.path("suggestion").asText(), f.path("rule").asText());
            String fix = f.path("fix").asText();
            assertTrue(fix.contains("\"" + LongCaption.FIXED.substring(0, 100)) && fix.endsWith("…\""),
                    "the fix quotes the caption's start: " + fix);
            assertTrue(fix.length() < 300, fix);
        }
        assertTrue(suggesting > 0, findings::toString);

        Cli text = Cli.run("check", "--color", "never", post.toString());
        String fixLine = text.out().lines().filter(l -> l.startsWith("      fix: ")).findFirst().orElseThrow();
        assertTrue(fixLine.endsWith("…\""), fixLine);
        assertTrue(fixLine.length() < 300, fixLine);
    }

    @Test
    void aCountrysFindingNamesItsMarketInTextAndHtml() {
        Cli text = Cli.run("check", "--color", "never", "briefs/drafts/uk-sponsored.yaml");
        assertTrue(text.out().contains(":12:60  error    asa/label-not-accepted  (UK)  \"#sponsored\" is not a label"), text::toString);
        Cli brief = Cli.run("check", "--color", "never", "briefs/mistakes/no-payment-terms.yaml");
        assertTrue(brief.out().contains("error    brief/missing-payment-terms  The brief promises"), "no market, no brackets: " + brief);

        String html = Cli.run("check", "--format", "html", "briefs/drafts/uk-sponsored.yaml").out();
        assertTrue(html.contains("<span class=\"badge market\" title=\"the market this rule judges for\">UK</span> <strong>&quot;#sponsored&quot;"),
                html);
    }
}
