package io.briefcheck.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.briefcheck.policy.ConfigLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** .briefcheck.yaml (levels, ignore, extra rules, waivers, fail_on, markets), its errors, and inline suppression. */
class ConfigAndSuppressionTest {

    /** Content rules these tests are not about; left on, they would add findings of their own. */
    private static final String OTHER_NAMESPACES = "mistake,practice,metrics,ftc,asa,rsm";

    @TempDir
    Path tmp;

    private JsonNode report(String... args) throws Exception {
        return Cli.report(tmp, args);
    }


    @Test
    void theConfigChangesLevelsIgnoresFilesLoadsRulesAndWaives() throws Exception {
        JsonNode with = report("check", "--config", Cli.CONFIG, Cli.REPO);
        JsonNode without = report("check", "--no-config", Cli.REPO + "/briefs", Cli.REPO + "/drafts");

        assertFalse(Cli.findings(without, "brief/faceless-brand").isEmpty(), "the rule fires without the config");
        assertTrue(Cli.findings(with, "brief/faceless-brand").isEmpty(), "rules: {brief/faceless-brand: off}");
        assertEquals("warning", Cli.findings(without, "brief/missing-key-messages").get(0).get("severity").asText());
        assertEquals("info", Cli.findings(with, "brief/missing-key-messages").get(0).get("severity").asText());

        for (JsonNode d : with.get("documents")) assertFalse(d.get("file").asText().contains("archive/"), "ignore: [archive/**]");
        assertEquals(4, with.get("documents").size());
        assertEquals(1, Cli.findings(with, "acme/html-in-caption").size(), "extra_rules: [rules]");
        assertTrue(Cli.findings(without, "acme/html-in-caption").isEmpty());

        JsonNode waived = Cli.findings(with, "brief/missing-usage-rights").get(0);
        assertEquals("waiver", waived.get("suppressed").get("kind").asText());
        assertEquals("Usage rights are agreed in the master contract (until 2099-12-31)", waived.get("suppressed").get("reason").asText());
        assertFalse(Cli.findings(without, "brief/missing-usage-rights").get(0).has("suppressed"));

        // the expired waiver no longer applies, and the report says so
        JsonNode kpi = Cli.findings(with, "brief/kpi-not-measurable").get(0);
        assertFalse(kpi.has("suppressed"));
        assertTrue(with.get("notices").get(0).asText().contains("brief/kpi-not-measurable on briefs/**"));
        assertTrue(with.get("notices").get(0).asText().contains("expired on 2020-01-01"));

        assertEquals(2, with.get("summary").get("suppressed").asInt());
        assertEquals(2, with.get("summary").get("error").asInt(), "suppressed findings are not counted as errors");
    }

    @Test
    void inlineSuppressionIsListedWithItsReasonAndNeverFails() throws Exception {
        String file = Cli.REPO + "/briefs/suppressed.yaml";
        JsonNode r = report("check", "--no-config", file, "--disable", "brief/faceless-brand," + OTHER_NAMESPACES);
        JsonNode audience = Cli.findings(r, "brief/missing-audience").get(0);
        assertEquals("inline", audience.get("suppressed").get("kind").asText());
        assertEquals("the audience is set per market in the media plan", audience.get("suppressed").get("reason").asText());
        assertEquals(0, r.get("summary").get("error").asInt());
        assertEquals(1, r.get("summary").get("suppressed").asInt());
        assertEquals(0, r.get("exit").asInt(), "the only error is suppressed");
        assertEquals("pass", r.get("documents").get(0).get("status").asText());

        // without the comment the same brief fails
        Path copy = tmp.resolve("unsuppressed.yaml");
        Files.writeString(copy, Files.readString(Path.of(file)).replaceAll("(?m)^# briefcheck-disable-next-line.*\\n", ""));
        JsonNode bare = report("check", "--no-config", copy.toString(), "--disable", "brief/faceless-brand," + OTHER_NAMESPACES);
        assertEquals(1, bare.get("exit").asInt());
        assertFalse(Cli.findings(bare, "brief/missing-audience").get(0).has("suppressed"));
    }

    @Test
    void wholeDocumentSuppressionAndMissingReason() throws Exception {
        Path f = tmp.resolve("brief.yaml");
        Files.writeString(f, """
                kind: brief
                id: acme
                brand: {name: Acme}
                # briefcheck-disable brief -- a placeholder until the workshop
                ---
                kind: brief
                id: acme-2
                brand: {name: Acme}
                # briefcheck-disable brief
                """);
        JsonNode r = report("check", "--no-config", f.toString(), "--disable", OTHER_NAMESPACES);
        for (JsonNode x : r.get("findings")) {
            if (x.get("rule").asText().startsWith("brief/")) {
                assertEquals(x.get("index").asInt() == 0, x.has("suppressed"), "only the comment with a reason suppresses: " + x);
            }
        }
        List<JsonNode> bad = Cli.findings(r, "input/bad-suppression");
        assertEquals(1, bad.size());
        assertEquals(9, bad.get(0).get("line").asInt());
        assertEquals("error", bad.get(0).get("severity").asText());
        assertEquals(1, r.get("exit").asInt(), "a suppression without a reason fails the check");
    }

    @Test
    void failOnAndMarketsComeFromTheConfigUnlessGivenOnTheCommandLine() throws Exception {
        Path repo = Cli.copyRepo(tmp.resolve("repo"));
        Path config = repo.resolve(".briefcheck.yaml");
        String only = repo.resolve("briefs/suppressed.yaml").toString();
        // suppressed.yaml has only a warning left with the config (faceless-brand is off): fail on warnings
        Files.writeString(config, "fail_on: warning\nrules: {" + OTHER_NAMESPACES.replace(",", ": off, ") + ": off}\n");
        Cli.Result r = Cli.run("check", "--config", config.toString(), only);
        assertEquals(1, r.code(), r.out() + r.err());
        assertEquals(0, Cli.run("check", "--config", config.toString(), only, "--fail-on", "error").code());
        Files.writeString(config, "fail_on: never\n");
        assertEquals(0, Cli.run("check", "--config", config.toString(), repo.resolve("briefs").toString()).code());
    }

    @Test
    void configErrorsStopWithExitTwoNamingFileAndLine() throws Exception {
        String[][] cases = {
            {"fail_on: warning\ncolour: red\n", ":2: unknown setting 'colour'"},
            {"fail_on: sometimes\n", ":1: fail_on must be error, warning, info or never"},
            {"rules:\n  brief/missing-audience: loud\n", ":2: the level of brief/missing-audience must be off, info, warning or error"},
            {"rules:\n  brief/no-such-rule: off\n", ":2: no rule is called brief/no-such-rule"},
            {"markets: [USA]\n", ":1: markets: 'USA' is not a country code; did you mean 'US'?"},
            {"markets: [ZZ]\n", ":1: markets: 'ZZ' is not a country code. Markets are two-letter country codes"},
            {"waivers:\n  - rule: brief/missing-audience\n    reason: later\n    expires: next week\n", ":4: expires must be a date"},
            {"waivers:\n  - rule: brief/missing-audience\n    path: briefs/*.yaml\n", ":2: the waiver for brief/missing-audience gives no reason"},
            {"fail_on: [warning\n", ":2: this is not valid YAML"},
            {"extra_rules:\n  - rules-that-are-not-here\n", ":2: extra_rules names rules-that-are-not-here, which is not a folder"},
            {"waivers:\n  - rule: brief/missing-audience\n    reason: later\n", ":2: the waiver for brief/missing-audience has no end date"},
            {"fail_on: error\nfail_on: never\n", ":2: the setting 'fail_on' is written twice (first on line 1)"},
            {"rules:\n  brief/missing-audience: off\n  brief/missing-audience: error\n", ":3: the rule 'brief/missing-audience' is written twice"},
            {"waivers:\n  - rule: brief/missing-audience\n    reason: later\n    reason: never\n    expires: 2099-01-01\n",
                ":4: the waiver field 'reason' is written twice"},
        };
        for (String[] c : cases) {
            Path config = tmp.resolve("case" + System.nanoTime() + ".yaml");
            Files.writeString(config, c[0]);
            Cli.Result r = Cli.run("check", "--config", config.toString(), Cli.REPO + "/briefs");
            assertEquals(2, r.code(), c[0]);
            assertTrue(r.err().contains(config.toString().replace('\\', '/') + c[1]), c[0] + " -> " + r.err());
            assertEquals("", r.out(), "nothing is checked with a broken config");
        }
        Cli.Result missing = Cli.run("check", "--config", tmp.resolve("nope.yaml").toString(), Cli.REPO);
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("no such configuration file"));
    }

    @Test
    void theConfigIsFoundByWalkingUpFromTheWorkingDirectory() throws Exception {
        Path root = tmp.resolve("content");
        Path deep = Files.createDirectories(root.resolve("briefs/2027/spring"));
        assertNull(ConfigLoader.find(deep));
        Files.writeString(root.resolve(".briefcheck.yaml"), "fail_on: warning\n");
        assertEquals(root.resolve(".briefcheck.yaml").toAbsolutePath(), ConfigLoader.find(deep));
        Files.writeString(root.resolve("briefs/.briefcheck.yaml"), "fail_on: info\n");
        assertEquals(root.resolve("briefs/.briefcheck.yaml").toAbsolutePath(), ConfigLoader.find(deep), "the nearest one wins");
    }

    @Test
    void ignoreAndWaiverGlobsAreRelativeToTheConfigFolder() throws Exception {
        Path repo = Cli.copyRepo(tmp.resolve("repo"));
        // run with absolute paths, as a hook in another working directory would
        JsonNode r = report("check", "--config", repo.resolve(".briefcheck.yaml").toString(), repo.toString());
        assertEquals(4, r.get("documents").size(), "archive/** is ignored");
        assertEquals("waiver", Cli.findings(r, "brief/missing-usage-rights").get(0).get("suppressed").get("kind").asText());
    }
}
