package io.briefcheck;

import io.briefcheck.analysis.Derivers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.check.Checker;
import io.briefcheck.engine.Engine;
import io.briefcheck.engine.RuleFolder;
import io.briefcheck.load.Document;
import io.briefcheck.load.Loader;
import io.briefcheck.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A user changes a benchmark from a --rules folder's data/ file, without touching Java or DRL. */
class DataOverrideTest {

    private static final Path CAMPAIGN = Path.of("briefs/spring-glow");

    private static Report check(Engine engine) throws Exception {
        Loader loader = new Loader();
        List<Document> docs = new ArrayList<>();
        for (Path f : Loader.expand(CAMPAIGN)) docs.addAll(loader.loadFile(f, f.toString().replace('\\', '/')));
        return new Checker(engine, "test").check(docs, Checker.Options.DEFAULT);
    }

    private static boolean has(Report r, String rule) {
        return r.findings().stream().anyMatch(f -> f.rule().equals(rule));
    }

    @Test
    void aStricterErrBandTurnsTheSameResultsLow(@TempDir Path dir) throws Exception {
        // The reel's ERR is (540 + 61 + 80) / 12000 = 5.7 %: solid under the bundled 2 %, low under a house 6 %.
        assertFalse(has(check(TestEngine.get()), "metrics/err-low"));

        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/results.yaml"), "err:\n  solid: 6.0\n  exceptional: 9.0\n");
        Report stricter = check(Engine.build(true, List.of(RuleFolder.of(dir)), Derivers.ALL));

        assertTrue(has(stricter, "metrics/err-low"));
        // Merged key by key: the file did not mention ctr, so the bundled beauty range still applies.
        assertEquals(1.5, stricter.metrics().get(0).ctrLow());
        assertEquals("low", stricter.metrics().get(0).errBand());
    }

    @Test
    void aLowerSpikeThresholdFlagsOrdinaryGrowth(@TempDir Path dir) throws Exception {
        // Tess grew 2,000 followers from 1 Oct to 1 Nov 2026: 64.5 a day, far under 5,000.
        assertFalse(has(check(TestEngine.get()), "mistake/fake-followers"));

        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/creators.yaml"), "follower_spike:\n  per_day: 50\n");
        assertTrue(has(check(Engine.build(true, List.of(RuleFolder.of(dir)), Derivers.ALL)), "mistake/fake-followers"));
    }
}
