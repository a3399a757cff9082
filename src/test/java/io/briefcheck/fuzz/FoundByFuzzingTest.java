package io.briefcheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.TestEngine;
import io.briefcheck.check.Checker;
import io.briefcheck.core.Finding;
import io.briefcheck.engine.Deriver;
import io.briefcheck.engine.Engine;
import io.briefcheck.load.Loader;
import io.briefcheck.model.Post;
import io.briefcheck.report.Report;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the fuzzer found, each pinned down on its own. */
class FoundByFuzzingTest {

    private static final String POST = "kind: post\nplatform: instagram\nformat: story\nmarket: US\nconnection: paid\ncaption: \"#ad hi\"\n";

    private static List<Finding> of(Report report, String rule) {
        return report.findings().stream().filter(f -> f.rule().equals(rule)).toList();
    }

    /** rules/eu/labels.drl quoted the caption in its fix, and a post without one made the rule throw. */
    @Test
    void anEuAdWithoutACaptionIsStillAnAdWithoutALabel() {
        Report report = TestEngine.checkText("no-caption.yaml", "kind: post\nplatform: instagram\nformat: post\nmarket: ES\nconnection: paid\n");
        assertEquals(List.of(), of(report, "engine/rule-failed"), () -> TestEngine.describe(report.findings()));
        List<Finding> missing = of(report, "eu/missing-label");
        assertEquals(1, missing.size(), () -> TestEngine.describe(report.findings()));
        assertEquals("Publicidad |", missing.get(0).suggestion(), "the label alone, no 'null'");
    }

    /** The loader's problems were not held to the limit per rule and document: 49,000 bad values were 49,000 findings. */
    @Test
    void inputFindingsAreBoundedPerRuleAndDocumentLikeTheRulesOwn() {
        StringBuilder yaml = new StringBuilder(POST).append("frames:\n");
        for (int i = 0; i < 5_000; i++) yaml.append("  - {on_screen_text: hi, legible: maybe}\n");
        Report report = TestEngine.checkText("frames.yaml", yaml.toString());
        List<Finding> invalid = of(report, "input/invalid-value");
        assertEquals(21, invalid.size(), "20, then one that counts the rest");
        assertTrue(invalid.stream().anyMatch(f -> f.message().startsWith("input/invalid-value found 4980 more problems")),
                () -> TestEngine.describe(invalid));
        assertEquals(8, invalid.get(0).line(), "the first ones are listed, in the order they stand");
    }

    /**
     * A deriver (briefcheck's own analysis) that threw took the whole run down: exit 2 and "This is a bug
     * in briefcheck", no report for any document. Now its documents get engine/rule-failed and the
     * others are checked.
     */
    @Test
    void anAnalysisThatThrowsFailsItsOwnDocumentsNotTheRun() throws Exception {
        Deriver throwing = (facts, settings, data) -> {
            for (Object f : facts) {
                if (f instanceof Post p && "boom".equals(p.id())) throw new IllegalStateException("the analysis broke");
            }
            return List.of();
        };
        Engine engine = Engine.build(false, List.of(), List.of(throwing));
        String post = POST + "id: ";
        Report report = new Checker(engine, "test").check(new Loader().loadText("t.yaml", post + "boom\n---\n" + post + "calm\n"),
                TestEngine.OPTIONS);
        List<Finding> failed = of(report, "engine/rule-failed");
        assertEquals(1, failed.size(), () -> TestEngine.describe(report.findings()));
        assertEquals(0, failed.get(0).index());
        assertTrue(failed.get(0).message().contains("IllegalStateException: the analysis broke"), failed.get(0).message());
        assertEquals(2, report.documents().size());
    }

    /** The numbering of ids (load/Ids) failed on an empty id when it was the first it numbered: a crash, not a report. */
    @Test
    void anEmptyIdIsAnIdLikeAnyOther() {
        Report report = TestEngine.checkText("empty-id.yaml", POST.replace("kind: post\n", "kind: post\nid: \"\"\n")
                + "---\n" + POST.replace("kind: post\n", "kind: post\nid: \"\"\n"));
        assertEquals(2, report.documents().size());
        assertEquals(1, of(report, "input/duplicate-id").size(), () -> TestEngine.describe(report.findings()));
    }
}
