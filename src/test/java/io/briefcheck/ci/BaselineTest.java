package io.briefcheck.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Gradual adoption: accept today's findings, then fail only on new ones, even after lines move. */
class BaselineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void onlyNewFindingsFailAndMatchingSurvivesLineShifts() throws Exception {
        Path repo = Cli.copyRepo(tmp.resolve("repo"));
        String config = repo.resolve(".briefcheck.yaml").toString();
        String briefs = repo.resolve("briefs").toString();
        Path baseline = tmp.resolve("briefcheck-baseline.json");

        assertEquals(1, Cli.run("check", "--config", config, briefs).code(), "there are errors to accept");
        Cli.Result wrote = Cli.run("check", "--config", config, briefs, "--write-baseline", baseline.toString());
        assertEquals(0, wrote.code(), wrote.out() + wrote.err());
        JsonNode file = JSON.readTree(baseline.toFile());
        // active findings in briefs/: missing-key-messages (info), kpi-not-measurable, missing-payment-terms
        assertEquals(3, file.get("findings").size(), file.toString());
        assertTrue(wrote.err().contains("wrote 3 findings to the baseline"));

        Path out = tmp.resolve("r.json");
        Cli.Result same = Cli.run("check", "--config", config, briefs, "--baseline", baseline.toString(),
                "--format", "json", "--output", out.toString());
        assertEquals(0, same.code(), same.err());
        JsonNode report = JSON.readTree(out.toFile());
        assertEquals(3 + 2, report.get("summary").get("suppressed").asInt(), "3 baselined + 2 suppressed by config/comment");
        assertEquals("baseline", suppressionOf(report, "brief/missing-payment-terms"));

        // lines move: comments added above, a field moved down
        Path noTerms = repo.resolve("briefs/no-terms.yaml");
        String text = Files.readString(noTerms);
        Files.writeString(noTerms, "# reviewed on Monday\n# by the brand team\n\n" + text.replace("kind: brief\n", "kind: brief\n\n"));
        Cli.Result shifted = Cli.run("check", "--config", config, briefs, "--baseline", baseline.toString(),
                "--format", "json", "--output", out.toString());
        assertEquals(0, shifted.code(), "the same findings on other lines are still known: " + shifted.err());
        report = JSON.readTree(out.toFile());
        assertEquals(24, lineOf(report, "brief/missing-payment-terms"), "it did move");

        // a new problem fails, and only it counts
        Path fresh = repo.resolve("briefs/new.yaml");
        Files.writeString(fresh, Files.readString(noTerms).replace("id: acme-autumn", "id: acme-spring"));
        Cli.Result added = Cli.run("check", "--config", config, briefs, "--baseline", baseline.toString(),
                "--format", "json", "--output", out.toString());
        assertEquals(1, added.code());
        report = JSON.readTree(out.toFile());
        List<String> active = new ArrayList<>();
        for (JsonNode f : report.get("findings")) {
            if (!f.has("suppressed") && !f.get("severity").asText().equals("info")) {
                active.add(f.get("file").asText().replace('\\', '/').replaceAll(".*/briefs/", "") + " " + f.get("rule").asText());
            }
        }
        // (the waiver for usage rights names no-terms.yaml only, so it does not cover the new file)
        assertEquals(List.of("new.yaml brief/kpi-not-measurable", "new.yaml brief/missing-payment-terms",
                "new.yaml brief/missing-usage-rights"), active.stream().sorted().toList());

        // a second copy of an accepted problem in the same place is new too
        Files.writeString(noTerms, Files.readString(noTerms) + "---\n" + Files.readString(noTerms).replace("id: acme-autumn", "id: acme-fall"));
        Files.delete(fresh);
        assertEquals(1, Cli.run("check", "--config", config, briefs, "--baseline", baseline.toString()).code());
    }

    @Test
    void theRunThatWritesTheBaselineReportsEveryFindingOnceAsAccepted() throws Exception {
        Path repo = Cli.copyRepo(tmp.resolve("repo"));
        // a duplicated id gives a cross-document finding, which must not be reported twice
        Files.copy(repo.resolve("briefs/suppressed.yaml"), repo.resolve("briefs/copy.yaml"));
        String config = repo.resolve(".briefcheck.yaml").toString();
        String briefs = repo.resolve("briefs").toString();
        Path plain = tmp.resolve("plain.json");
        Path writing = tmp.resolve("writing.json");
        assertEquals(1, Cli.run("check", "--config", config, briefs, "--format", "json", "--output", plain.toString()).code());
        Cli.Result r = Cli.run("check", "--config", config, briefs, "--write-baseline", tmp.resolve("b.json").toString(),
                "--format", "json", "--output", writing.toString());
        assertEquals(0, r.code(), r.err());
        JsonNode before = JSON.readTree(plain.toFile());
        JsonNode after = JSON.readTree(writing.toFile());
        assertEquals(before.get("findings").size(), after.get("findings").size());
        assertEquals(before.get("findings").size(), after.get("summary").get("suppressed").asInt());
        int duplicates = 0;
        for (JsonNode f : after.get("findings")) {
            assertTrue(f.has("suppressed"), f.toString());
            if (f.get("rule").asText().equals("input/duplicate-id")) duplicates++;
        }
        assertEquals(1, duplicates);
        for (JsonNode d : after.get("documents")) assertEquals("pass", d.get("status").asText());
    }

    @Test
    void aBrokenBaselineIsExitTwo() throws Exception {
        Path bad = tmp.resolve("bad.json");
        Files.writeString(bad, "{\"findings\": [");
        Cli.Result r = Cli.run("check", "--no-config", Cli.REPO + "/briefs", "--baseline", bad.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains(bad.toString().replace('\\', '/') + ":1: this baseline is not valid JSON"), r.err());
        Files.writeString(bad, "{\"something\": 1}");
        assertTrue(Cli.run("check", "--no-config", Cli.REPO + "/briefs", "--baseline", bad.toString()).err()
                .contains("this is not a briefcheck baseline"));
        assertEquals(2, Cli.run("check", "--no-config", Cli.REPO + "/briefs", "--baseline", tmp.resolve("none.json").toString()).code());
    }

    private static String suppressionOf(JsonNode report, String rule) {
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals(rule)) return f.has("suppressed") ? f.get("suppressed").get("kind").asText() : null;
        }
        return "absent";
    }

    private static int lineOf(JsonNode report, String rule) {
        for (JsonNode f : report.get("findings")) if (f.get("rule").asText().equals(rule)) return f.get("line").asInt();
        return -1;
    }
}
