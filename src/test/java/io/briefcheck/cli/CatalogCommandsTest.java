package io.briefcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.briefcheck.TestEngine;
import io.briefcheck.core.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** rules, explain, init, --version, and rule folders given with --rules. */
class CatalogCommandsTest {

    @TempDir
    Path tmp;

    @Test
    void rulesListsEveryLoadedRuleInEachFormat() throws IOException {
        Cli text = Cli.run("rules");
        Cli json = Cli.run("rules", "--format", "json");
        Cli markdown = Cli.run("rules", "--format", "markdown");
        JsonNode list = new ObjectMapper().readTree(json.out());
        assertEquals(TestEngine.get().catalog().all().size(), list.size());
        for (RuleInfo r : TestEngine.get().catalog().all()) {
            assertTrue(text.out().contains(r.id()), r.id());
            assertTrue(markdown.out().contains("| `" + r.id() + "` | " + r.severity().code()), r.id());
        }
        assertTrue(text.out().contains("input/yaml-syntax"));
        assertTrue(text.out().contains("brief/missing-payment-terms"));
    }

    @Test
    void everyDrlRuleHasTheMetadataExplainNeeds() {
        for (RuleInfo r : TestEngine.get().catalog().all()) {
            assertTrue(r.why() != null && r.source() != null && r.bad() != null && r.good() != null,
                    r.id() + " needs @why @source @bad @good");
        }
    }

    @Test
    void explainTellsWhatWhySourceAndExamples() {
        Cli r = Cli.run("explain", "brief/claim-unsubstantiated");
        assertEquals(0, r.exit());
        assertTrue(r.out().contains("Why it matters"));
        assertTrue(r.out().contains("https://www.ecfr.gov/"));
        assertTrue(r.out().contains("Fires on (bad)"));
        assertTrue(r.out().contains("Passes (good)"));
        Cli unknown = Cli.run("explain", "missing-timeline");
        assertEquals(2, unknown.exit());
        assertTrue(unknown.err().contains("brief/missing-timeline"), unknown::toString);
    }

    @Test
    void everyTemplatePassesCheckWithoutErrors() throws IOException {
        for (String kind : new String[] {"brief", "post", "influencer", "results"}) {
            Cli init = Cli.run("init", kind);
            assertEquals(0, init.exit());
            assertTrue(init.out().startsWith("# "), "templates are commented");
            Path file = tmp.resolve(kind + ".yaml");
            Files.writeString(file, init.out());
            Cli check = Cli.run("check", "--format", "json", file.toString());
            assertEquals(0, check.exit(), () -> kind + ": " + check);
            assertEquals(0, new ObjectMapper().readTree(check.out()).path("summary").path("error").asInt());
        }
        assertEquals(2, Cli.run("init", "campaign").exit());
    }

    @Test
    void versionAndHelp() {
        assertTrue(Cli.run("--version").out().startsWith("briefcheck "));
        Cli help = Cli.run("--help");
        assertTrue(help.out().contains("check") && help.out().contains("Exit codes"));
    }

    @Test
    void aRuleFolderAddsACompanysOwnRule() throws IOException {
        Path rules = tmp.resolve("acme-rules");
        Files.createDirectories(rules.resolve("acme"));
        Files.writeString(rules.resolve("acme/budget.drl"), """
                package acme;
                import io.briefcheck.model.*;
                import io.briefcheck.engine.Flag;
                global io.briefcheck.engine.Findings findings;
                rule "Acme briefs name a contact"
                    @id("acme/contact") @severity("warning") @title("Acme briefs name a contact person")
                when
                    $b : Brief( brand != null, brand.contact == null )
                then
                    findings.report(drools.getRule(), Flag.at($b, "brand", "Name a contact person.", "Add brand.contact."));
                end
                """);
        Cli r = Cli.run("check", "--format", "json", "--rules", rules.toString(), "briefs/mistakes/have-fun.yaml");
        assertTrue(r.out().contains("\"acme/contact\""), r::toString);
        assertTrue(Cli.run("rules", "--rules", rules.toString()).out().contains("acme/contact"));
    }

    @Test
    void aDrlThatDoesNotCompileStopsTheRunWithItsRealPosition() throws IOException {
        Path rules = tmp.resolve("broken-rules");
        Files.createDirectories(rules.resolve("acme"));
        Files.writeString(rules.resolve("acme/broken.drl"), """
                package acme;
                import io.briefcheck.model.*;

                rule "broken"
                    @id("acme/broken") @severity("error") @title("Broken")
                when
                    $b : Brief( brand == )
                then
                end
                """);
        Cli r = Cli.run("check", "--rules", rules.toString(), "briefs/spring-glow/");
        assertEquals(2, r.exit(), r::toString);
        String expected = rules.toString().replace('\\', '/') + "/acme/broken.drl:7:";
        assertTrue(r.err().contains(expected), r::toString);
        assertFalse(r.err().contains("Exception"), "no stack trace");
        assertEquals("", r.out());
    }

    @Test
    void aRuleWithoutMetadataStopsTheRun() throws IOException {
        Path rules = tmp.resolve("no-meta");
        Files.createDirectories(rules);
        Files.writeString(rules.resolve("x.drl"), """
                package acme;
                import io.briefcheck.model.*;
                rule "no id" when Brief() then end
                """);
        Cli r = Cli.run("rules", "--rules", rules.toString());
        assertEquals(2, r.exit());
        assertTrue(r.err().contains("needs @id"), r::toString);
    }
}
