package io.briefcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.briefcheck.core.RuleCatalog;
import io.briefcheck.core.RuleInfo;
import io.briefcheck.core.Finding;
import io.briefcheck.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.definition.rule.Rule;

/**
 * One harness for every rule (after PMD and Checkstyle): {@code src/test/resources/rules/<ns>/<name>/}
 * holds small YAML files. In {@code fires*.yaml} every line that must be reported carries
 * {@code # expect: <ns>/<name>} (repeat the id for two findings on one line); {@code silent*.yaml}
 * files must not be reported by the folder's rule at all. Lines are compared exactly, both ways.
 * <p>
 * A marker may also pin the column and part of the message:
 * {@code # expect: ftc/label-buried:44 "buried among hashtags"}. The column must then be exactly the
 * reported one (for a label inside a caption, the label's own column) and the message must contain
 * the quoted text; several markers on one line are separated by commas (see {@link Expectation}).
 * <p>
 * A fixture whose first line is {@code # rules: without uwg/} is checked with the bundled rules less
 * that folder, for rules about a pack that is not loaded ({@link TestEngine#engineFor}). One whose first
 * line is {@code # needs: tesseract, ffmpeg} names pictures or videos and is skipped without those tools.
 * <p>
 * Adding a rule adds files, not test classes.
 */
class RuleFixturesTest {

    static final Path ROOT = Path.of("src/test/resources/rules");

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        return fixtureFiles().stream().map(file -> {
            String rule = ROOT.relativize(file.getParent()).toString().replace('\\', '/');
            return DynamicTest.dynamicTest(rule + " " + file.getFileName(), () -> check(rule, file));
        });
    }

    private static List<Path> fixtureFiles() throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path folder : ruleFolders()) {
            try (Stream<Path> files = Files.list(folder)) {
                out.addAll(files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList());
            }
        }
        return out;
    }

    /**
     * The tools a fixture's first line asks for that are not installed ({@code # needs: tesseract, ffmpeg}: it
     * names pictures or videos); such a fixture is skipped on a developer's machine and fails under CI, which
     * installs them (.ci/run).
     */
    static List<String> missingTools(Path file) throws IOException {
        String first;
        try (Stream<String> lines = Files.lines(file)) {
            first = lines.findFirst().orElse("").strip();
        }
        if (!first.startsWith("# needs:")) return List.of();
        return NeedsTools.missing(file.toString(), List.of(first.substring("# needs:".length()).strip().split("\\s*,\\s*")));
    }

    private static void check(String rule, Path file) throws IOException {
        List<String> missing = missingTools(file);
        assumeTrue(missing.isEmpty(), file + " skipped: it needs " + String.join(" and ", missing) + " (docs/install.md, optional tools)");
        String name = file.getFileName().toString();
        boolean fires = name.startsWith("fires");
        assertTrue(fires || name.startsWith("silent"), name + ": a fixture is named fires*.yaml or silent*.yaml");

        List<Expectation> expected = Expectation.read(file);
        boolean expectsRule = expected.stream().anyMatch(e -> e.rule().equals(rule));
        if (fires) {
            assertTrue(expectsRule, file + ": a fires fixture needs at least one '# expect: " + rule + "'");
        } else {
            assertFalse(expectsRule, file + ": a silent fixture must not expect " + rule);
        }
        Set<String> rules = new TreeSet<>();
        expected.forEach(e -> rules.add(e.rule()));
        rules.add(rule);

        Report report = TestEngine.check(TestEngine.engineFor(file), file);
        for (String r : rules) {
            List<Finding> actual = report.findings().stream().filter(f -> f.rule().equals(r)).toList();
            List<Integer> want = expected.stream().filter(e -> e.rule().equals(r)).map(Expectation::line).sorted().toList();
            assertEquals(want, actual.stream().map(Finding::line).sorted().toList(),
                    file + ": lines reported for " + r + "\n" + TestEngine.describe(actual));
            List<Finding> unmatched = new ArrayList<>(actual);
            expected.stream().filter(e -> e.rule().equals(r))
                    .sorted(Comparator.comparingInt(Expectation::specificity).reversed())
                    .forEach(e -> {
                        Finding hit = unmatched.stream().filter(e::matches).findFirst().orElse(null);
                        assertNotNull(hit, file + ": expected " + e + ", reported:\n" + TestEngine.describe(actual));
                        unmatched.remove(hit);
                    });
        }
    }


    private static List<Path> ruleFolders() throws IOException {
        try (Stream<Path> walk = Files.walk(ROOT, 2)) {
            return walk.filter(p -> ROOT.relativize(p).getNameCount() == 2 && Files.isDirectory(p)).sorted().toList();
        }
    }

    /** Every loaded rule has a folder with a firing and a silent fixture; no folder names a rule that does not exist. */
    @Test
    void everyRuleHasFiringAndSilentFixtures() throws IOException {
        Set<String> folders = new TreeSet<>();
        for (Path f : ruleFolders()) folders.add(ROOT.relativize(f).toString().replace('\\', '/'));
        Set<String> ids = new TreeSet<>();
        for (RuleInfo r : TestEngine.get().catalog().all()) ids.add(r.id());
        Set<String> missing = new TreeSet<>(ids);
        missing.removeAll(folders);
        assertEquals(Set.of(), missing, "rules without a fixture folder");
        Set<String> orphans = new TreeSet<>(folders);
        orphans.removeAll(ids);
        assertEquals(Set.of(), orphans, "fixture folders for rules that do not exist");
        for (String id : ids) {
            try (Stream<Path> files = Files.list(ROOT.resolve(id))) {
                List<String> names = files.map(p -> p.getFileName().toString()).toList();
                assertTrue(names.stream().anyMatch(n -> n.startsWith("fires")), id + " has no fires*.yaml");
                assertTrue(names.stream().anyMatch(n -> n.startsWith("silent")), id + " has no silent*.yaml");
            }
        }
    }

    /**
     * Every DRL rule of the loaded KieBase fires in some fixture, not only every rule id: several rules
     * share an id, and rules without an id (inferences that only insert facts) count as well.
     */
    @Test
    void everyDrlRuleFiresInSomeFixture() throws IOException {
        FiredRules fired = new FiredRules();
        Set<String> skipped = new TreeSet<>();
        for (Path file : fixtureFiles()) {
            if (!missingTools(file).isEmpty()) {
                skipped.add(ROOT.relativize(file.getParent()).toString().replace('\\', '/'));
                continue;
            }
            TestEngine.check(TestEngine.engineFor(file).observedBy(fired), file);
        }
        List<String> never = TestEngine.get().rules().stream().filter(r -> !fired.contains(r))
                .filter(r -> !skipped.contains(String.valueOf(RuleCatalog.metadata(r, "id"))))
                .map(r -> "\"" + r.getName() + "\" (" + r.getPackageName()
                        + Optional.ofNullable(RuleCatalog.metadata(r, "id")).map(id -> ", @id " + id).orElse("") + ")")
                .sorted().toList();
        assertEquals(List.of(), never, "DRL rules that no fixture makes fire: add a fires*.yaml that does");
    }
}
