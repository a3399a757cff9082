package io.briefcheck.analysis.disclosure;

import io.briefcheck.analysis.Derivers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.TestEngine;
import io.briefcheck.check.Checker;
import io.briefcheck.engine.Engine;
import io.briefcheck.engine.RuleData;
import io.briefcheck.engine.RuleFolder;
import io.briefcheck.load.Loader;
import io.briefcheck.core.Finding;
import io.briefcheck.report.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One reading of disclosure.fold.<platform>, shared by the rules and the web page's preview. */
class FoldLengthsTest {

    private static Path folder(Path dir, String file, String yaml) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/" + file), yaml);
        return dir;
    }

    @Test
    void theBundledFoldsAreThoseOfDisclosureYaml() {
        RuleData data = TestEngine.get().data();
        assertEquals(Map.of("instagram", 125, "tiktok", 150, "facebook", 125, "youtube", 100, "linkedin", 140),
                FoldLengths.all(data));
        assertNull(FoldLengths.of(data, "twitter"), "fold: null means no 'more' cut");
    }

    @Test
    void onlyTheDisclosureFoldKeyCountsAndOnlyKnownPlatforms(@TempDir Path dir) throws Exception {
        folder(dir, "disclosure.yaml", "fold:\n  instagram: 90\n  myspace: 9\ncaption:\n  fold_chars: {tiktok: 150}\n");
        folder(dir, "platforms.yaml", "youtube: {fold: 100}\n");
        assertEquals(Map.of("instagram", 90), FoldLengths.all(RuleData.load(List.of(RuleFolder.of(dir)))));
    }

    @Test
    void aChangedFoldMovesTheRulesCutAndThePagesAlike(@TempDir Path dir) throws Exception {
        Engine engine = Engine.build(true, List.of(RuleFolder.of(folder(dir, "disclosure.yaml", "fold:\n  instagram: 20\n"))), Derivers.ALL);
        String post = "kind: post\nplatform: instagram\nformat: post\nmarket: US\nconnection: paid\n"
                + "caption: \"Sunday reset with the new serum #ad\"\n";
        Report report = new Checker(engine, "test").check(
                new Loader().loadBytes("p.yaml", post.getBytes(StandardCharsets.UTF_8)), Checker.Options.DEFAULT);
        Finding below = report.findings().stream().filter(f -> f.rule().equals("ftc/label-below-fold")).findFirst()
                .orElseThrow(() -> new AssertionError("the bundled 125 would not cut this caption; 20 does"));
        assertTrue(below.message().contains("about the first 20 before"), below.message());
        assertEquals(20, FoldLengths.all(engine.data()).get("instagram"));
    }
}
