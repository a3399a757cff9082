package io.briefcheck.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No way of switching findings off lets a failure pass as exit 0: a suppression without a reason, a
 * document that cannot be read, a file named on the command line but ignored by the config.
 */
class FailuresNeverPassTest {

    /** A document with a YAML syntax error that tries to suppress it. */
    private static final String BROKEN = """
            # briefcheck-disable input -- this file is fine, trust me
            kind: post
            platform: instagram
            # briefcheck-disable-next-line input/yaml-syntax -- really
            caption: "never closed
            """;

    @TempDir
    Path tmp;

    @Test
    void aSuppressionWithoutAReasonSuppressesNothingAndIsAnError() throws Exception {
        Path f = tmp.resolve("brief.yaml");
        Files.writeString(f, """
                kind: brief
                id: acme
                brand: {name: Acme}
                # briefcheck-disable-next-line brief/missing-audience
                audience: {}
                """);
        JsonNode r = Cli.report(tmp, "check", "--no-config", f.toString(), "--only", "brief/missing-audience,input/bad-suppression");
        assertEquals(1, r.get("exit").asInt());
        assertFalse(Cli.findings(r, "brief/missing-audience").get(0).has("suppressed"), "no reason, no suppression");
        JsonNode bad = Cli.findings(r, "input/bad-suppression").get(0);
        assertEquals("error", bad.get("severity").asText());
        assertEquals(4, bad.get("line").asInt());
        assertTrue(bad.get("message").asText().contains("gives no reason, so it suppresses nothing"), bad.toString());
    }

    @Test
    void aDocumentThatCannotBeReadFailsWhateverSwitchesFindingsOff() throws Exception {
        Path file = tmp.resolve("broken.yaml");
        Files.writeString(file, BROKEN);
        String name = file.toString();
        Path config = tmp.resolve("config.yaml");
        Files.writeString(config, """
                rules:
                  input: off
                  input/yaml-syntax: info
                waivers:
                  - rule: input
                    reason: we know
                    expires: 2099-12-31
                """);
        Path baseline = tmp.resolve("baseline.json");
        Cli.Result write = Cli.run("check", "--no-config", name, "--write-baseline", baseline.toString());
        assertEquals(1, write.code(), "accepting today's findings cannot accept an unreadable file: " + write.err());
        assertTrue(Files.readString(baseline).contains("\"findings\" : [ ]"), Files.readString(baseline));

        String[][] runs = {
            {"check", "--no-config", name},
            {"check", "--no-config", name, "--only", "ftc"},
            {"check", "--no-config", name, "--disable", "input"},
            {"check", "--no-config", name, "--disable", "input/yaml-syntax"},
            {"check", "--config", config.toString(), name},
            {"check", "--no-config", name, "--baseline", baseline.toString()},
        };
        for (String[] run : runs) {
            JsonNode r = Cli.report(tmp, run);
            String what = String.join(" ", run);
            assertEquals(1, r.get("exit").asInt(), what);
            JsonNode syntax = Cli.findings(r, "input/yaml-syntax").get(0);
            assertEquals("error", syntax.get("severity").asText(), what);
            assertFalse(syntax.has("suppressed"), what);
            assertEquals("error", r.get("documents").get(0).get("status").asText(), what);
        }
    }

    @Test
    void ordinaryInputFindingsStayConfigurable() throws Exception {
        Path f = tmp.resolve("post.yaml");
        Files.writeString(f, """
                kind: post
                platform: instagram
                format: post
                market: US
                connection: none
                captoin: typo
                caption: "Morning coffee"
                """);
        JsonNode on = Cli.report(tmp, "check", "--no-config", f.toString(), "--fail-on", "warning");
        assertEquals(1, Cli.findings(on, "input/unknown-field").size());
        JsonNode off = Cli.report(tmp, "check", "--no-config", f.toString(), "--disable", "input", "--fail-on", "warning");
        assertTrue(Cli.findings(off, "input/unknown-field").isEmpty(), "a readable document's input/ findings can be switched off");
    }

    @Test
    void aFileNamedOnTheCommandLineIsCheckedEvenWhenIgnored() throws Exception {
        String archived = Cli.REPO + "/archive/broken.yaml";
        JsonNode r = Cli.report(tmp, "check", "--config", Cli.CONFIG, archived);
        assertEquals(1, r.get("documents").size(), "named, so checked");
        assertEquals(1, r.get("exit").asInt());
        assertTrue(r.get("notices").toString().contains(archived + " is in the ignore list of " + Cli.CONFIG
                + ", but was checked because it was named on the command line"), r.get("notices").toString());

        Cli.Result text = Cli.run("check", "--config", Cli.CONFIG, archived);
        assertTrue(text.out().contains("note: " + archived + " is in the ignore list"), text.out());

        JsonNode folder = Cli.report(tmp, "check", "--config", Cli.CONFIG, Cli.REPO);
        for (JsonNode d : folder.get("documents")) assertFalse(d.get("file").asText().contains("archive/"), "a folder walk still ignores it");
        assertFalse(folder.has("notices") && folder.get("notices").toString().contains("named on the command line"));
    }

    @Test
    void aBaselineWithAFieldWrittenTwiceIsRefused() throws Exception {
        Path baseline = tmp.resolve("baseline.json");
        Files.writeString(baseline, """
                {
                  "briefcheck_baseline" : 1,
                  "findings" : [ ],
                  "findings" : [ ]
                }
                """);
        Cli.Result r = Cli.run("check", "--no-config", Cli.REPO + "/briefs", "--baseline", baseline.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains(baseline.toString().replace('\\', '/') + ":4: this baseline is not valid JSON: Duplicate field 'findings'"),
                r.err());
    }
}
