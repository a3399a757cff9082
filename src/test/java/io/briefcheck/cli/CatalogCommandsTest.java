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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    /** The example values of each template, by field: each must be reported once, as template/placeholder. */
    private static final Map<String, List<String>> PLACEHOLDERS = Map.of(
            "brief", List.of("id", "brand.name", "brand.description", "brand.profiles[0]", "brand.contact.name",
                    "brand.contact.email", "campaign.name", "campaign.objectives[0].description", "audience.description",
                    "audience.interests[0]", "audience.interests[1]", "key_messages[0]", "key_messages[1]",
                    "compensation.product"),
            "post", List.of("id", "author", "brand", "caption", "video.transcript[0].text"),
            "influencer", List.of("handle"),
            "results", List.of("post"));

    @Test
    void everyTemplateUneditedFailsCheckWithOneFindingPerPlaceholder() throws IOException {
        List<String> files = new ArrayList<>();
        for (String kind : PLACEHOLDERS.keySet()) {
            Cli init = Cli.run("init", kind);
            assertEquals(0, init.exit());
            assertTrue(init.out().startsWith("# "), "templates are commented");
            Files.writeString(tmp.resolve(kind + ".yaml"), init.out());
            Files.writeString(tmp.resolve("filled-" + kind + ".yaml"), fillIn(init.out()));
            files.add(tmp.resolve(kind + ".yaml").toString());
        }
        List<String> args = new ArrayList<>(List.of("check", "--format", "json"));
        args.addAll(files);
        Cli check = Cli.run(args.toArray(String[]::new));
        assertEquals(1, check.exit(), check::toString);
        JsonNode report = new ObjectMapper().readTree(check.out());
        for (String kind : PLACEHOLDERS.keySet()) {
            List<String> placeholders = new ArrayList<>();
            List<String> others = new ArrayList<>();
            for (JsonNode f : report.path("findings")) {
                if (!f.path("file").asText().endsWith("/" + kind + ".yaml")) continue;
                String where = f.path("path").asText();
                if (f.path("rule").asText().equals("template/placeholder")) {
                    assertEquals("error", f.path("severity").asText());
                    placeholders.add(where);
                } else if (!f.path("rule").asText().startsWith("input/")) {
                    // input/ findings say something else (e.g. a reference to a post that is not in the run)
                    others.add(f.path("rule").asText() + " at " + where);
                }
            }
            assertEquals(PLACEHOLDERS.get(kind).stream().sorted().toList(), placeholders.stream().sorted().toList(),
                    kind + ": one template/placeholder per example value");
            for (String path : PLACEHOLDERS.get(kind)) {
                assertTrue(others.stream().noneMatch(o -> o.endsWith(" at " + path)), kind + " " + path + " reported twice: " + others);
            }
        }
        // filled in, the same templates have no error left: the placeholders were their only errors
        Cli filled = Cli.run("check", "--format", "json", tmp.resolve("filled-brief.yaml").toString(),
                tmp.resolve("filled-post.yaml").toString(), tmp.resolve("filled-influencer.yaml").toString(),
                tmp.resolve("filled-results.yaml").toString());
        assertEquals(0, new ObjectMapper().readTree(filled.out()).path("summary").path("error").asInt(), filled::toString);
        assertEquals(2, Cli.run("init", "campaign").exit());
    }

    /** The template with every example value replaced by a real-looking one. */
    private static String fillIn(String template) {
        return template.replace("my-campaign-2027", "glow-spring-2027").replace("my-post-1", "tess-reel-1")
                .replace("Your Brand's new product", "Glow Botanics' vitamin C serum").replace("Your Brand", "Glow Botanics")
                .replace("What you make and where, in one sentence", "Vegan skincare from Utrecht")
                .replace("https://instagram.com/yourbrand", "https://instagram.com/glowbotanics")
                .replace("Your Name", "Sanne de Vries").replace("you@example.com", "sanne@glowbotanics.nl")
                .replace("Your campaign's name", "Spring Glow")
                .replace("Introduce the new product to 18-34 year olds who care about it",
                        "Introduce the vitamin C serum to skincare fans aged 18-34")
                .replace("Who should see the posts, in plain words", "Skincare-curious women 18-34 in the Randstad")
                .replace("interest one", "skincare").replace("interest two", "vegan")
                .replace("The first thing to remember", "Vitamin C serum for dull winter skin")
                .replace("The second thing to remember", "100% vegan")
                .replace("The product you send", "Vitamin C serum, 30 ml")
                .replace("\"@you\"", "\"@tess.glow\"").replace("\"@creator\"", "\"@tess.glow\"");
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
