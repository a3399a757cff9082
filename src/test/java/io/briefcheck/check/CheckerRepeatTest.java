package io.briefcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.TestEngine;
import io.briefcheck.load.Document;
import io.briefcheck.load.Loader;
import io.briefcheck.model.RunSettings;
import io.briefcheck.policy.Baseline;
import io.briefcheck.policy.Config;
import io.briefcheck.policy.Policy;
import io.briefcheck.core.Finding;
import io.briefcheck.report.JsonRenderer;
import io.briefcheck.report.Report;
import io.briefcheck.core.Severity;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Checking leaves the loaded documents as they were: `serve` and library users check the same
 * documents again, and the second report must be the first.
 */
class CheckerRepeatTest {

    private static final String RUN = """
            kind: post
            id: p1
            platform: instagram
            format: post
            caption: "#ad Sunday reset"
            ---
            kind: post
            id: p1
            platform: instagram
            format: post
            # briefcheck-disable-next-line input/unresolved-reference -- the brief is checked in its own repository
            brief: spring-glwo
            caption: "#ad Sunday reset"
            ---
            kind: results
            post: p2
            brief: spring-glow
            reach: 1000
            likes: 30
            # briefcheck-disable-next-line input/unknown-field
            clikcs: 3
            """;

    private static String json(Report report) throws Exception {
        StringWriter out = new StringWriter();
        new JsonRenderer().render(report, out);
        return out.toString();
    }

    private static long count(Report report, String rule) {
        return report.findings().stream().map(Finding::rule).filter(rule::equals).count();
    }

    @Test
    void checkingTheSameDocumentsTwiceGivesTheSameReport() throws Exception {
        List<Document> docs = new Loader().loadText("run.yaml", RUN);
        Checker checker = new Checker(TestEngine.get(), "test");
        Report first = checker.check(docs, Checker.Options.DEFAULT);
        // the inputs really do trigger what could pile up: cross-references and suppressions
        assertEquals(1, count(first, "input/duplicate-id"));
        assertEquals(3, count(first, "input/unresolved-reference"));
        assertEquals(1, count(first, "input/bad-suppression"));
        assertTrue(first.findings().stream().anyMatch(f -> f.rule().equals("input/unresolved-reference") && !f.active()),
                "the commented reference is suppressed");

        Report second = checker.check(docs, Checker.Options.DEFAULT);
        assertEquals(json(first), json(second));
        assertEquals(List.of(), docs.get(1).problems(), "a duplicate id is reported, not written into the document");
    }

    @Test
    void aBaselineSuppressesTheSameFindingsEveryTime() throws Exception {
        List<Document> docs = new Loader().loadText("run.yaml", RUN);
        Checker checker = new Checker(TestEngine.get(), "test");
        Report plain = checker.check(docs, Checker.Options.DEFAULT);
        Policy policy = Policy.of(Config.NONE, TestEngine.get().catalog(), Baseline.of(plain), LocalDate.now());
        Checker.Options options = new Checker.Options(Severity.ERROR, List.of(), List.of(), RunSettings.DEFAULT, policy);

        Report first = checker.check(docs, options);
        assertTrue(first.findings().stream().noneMatch(Finding::active), "the baseline holds every finding");
        assertEquals(json(first), json(checker.check(docs, options)));
    }
}
