package io.briefcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.briefcheck.core.RuleCatalog;
import io.briefcheck.core.Finding;
import io.briefcheck.report.Report;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.definition.rule.Rule;

/**
 * The examples {@code briefcheck explain} shows are true: each DRL rule's {@code @bad} example gets a
 * finding with the rule's id, from that very rule (several rules can share an id), and its
 * {@code @good} example gets none. Both must read cleanly (no
 * {@code input/} findings), so a misspelt field cannot make a good example pass. Files an example names
 * ({@code image: small.png}) are read from {@link #MEDIA}. How an example
 * becomes a document is described in {@link RuleExample}.
 */
class RuleExamplesTest {

    /** Where the files an example names are (frames[].image, video.file): the pictures the rule fixtures use too. */
    static final Path MEDIA = Path.of("src/test/resources/media");

    @TestFactory
    Stream<DynamicTest> examples() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Rule rule : TestEngine.get().rules()) {
            String id = RuleCatalog.metadata(rule, "id");
            if (id == null) continue;
            for (String which : List.of("bad", "good")) {
                String text = RuleCatalog.metadata(rule, which);
                if (text == null) continue;
                RuleExample example = new RuleExample(rule.getName(), id, which, text);
                tests.add(DynamicTest.dynamicTest(id + " @" + which + " (" + rule.getName() + ")", () -> check(rule, example)));
            }
        }
        return tests.stream();
    }

    private static void check(Rule rule, RuleExample example) {
        String yaml = example.document();
        List<String> tools = new ArrayList<>();
        if (yaml.contains(".png") || yaml.contains(".mp4")) tools.add("tesseract");
        if (yaml.contains(".mp4")) tools.add("ffmpeg");
        List<String> missing = NeedsTools.missing(example.id() + " @" + example.which(), tools);
        assumeTrue(missing.isEmpty(), "skipped: it reads a picture or video and needs " + String.join(" and ", missing));
        FiredRules fired = new FiredRules();
        Report report = TestEngine.checkText(TestEngine.get().observedBy(fired),
                example.id() + "-" + example.which() + ".yaml", yaml, MEDIA);
        String context = "@" + example.which() + " of \"" + example.ruleName() + "\", checked as:\n" + yaml
                + "\nfindings:\n" + TestEngine.describe(report.findings());
        List<String> unreadable = report.findings().stream().map(Finding::rule)
                .filter(r -> r.startsWith("input/")).toList();
        assertEquals(List.of(), unreadable, "the example does not read cleanly; " + context);
        boolean fires = report.findings().stream().anyMatch(f -> f.rule().equals(example.id()));
        assertTrue(fires == example.which().equals("bad"),
                (fires ? "the good example gets " : "the bad example does not get ") + example.id() + "; " + context);
        if (fires) {
            assertTrue(fired.contains(rule), "the bad example gets " + example.id() + " from another rule with that id, "
                    + "not from the one it is written on; " + context);
        }
    }
}
