package io.briefcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.engine.RuleInfo;
import io.briefcheck.report.Finding;
import io.briefcheck.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * One harness for every rule (after PMD and Checkstyle): {@code src/test/resources/rules/<ns>/<name>/}
 * holds small YAML files. In {@code fires*.yaml} every line that must be reported carries
 * {@code # expect: <ns>/<name>} (repeat the id for two findings on one line); {@code silent*.yaml}
 * files must not be reported by the folder's rule at all. Lines are compared exactly, both ways.
 * Adding a rule adds files, not test classes.
 */
class RuleFixturesTest {

    static final Path ROOT = Path.of("src/test/resources/rules");
    private static final Pattern EXPECT = Pattern.compile("#\\s*expect:\\s*(.+)$");

    @TestFactory
    Stream<DynamicTest> fixtures() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path folder : ruleFolders()) {
            String rule = ROOT.relativize(folder).toString().replace('\\', '/');
            try (Stream<Path> files = Files.list(folder)) {
                for (Path file : files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    tests.add(DynamicTest.dynamicTest(rule + " " + file.getFileName(), () -> check(rule, file)));
                }
            }
        }
        return tests.stream();
    }

    private static void check(String rule, Path file) throws IOException {
        String name = file.getFileName().toString();
        boolean fires = name.startsWith("fires");
        assertTrue(fires || name.startsWith("silent"), name + ": a fixture is named fires*.yaml or silent*.yaml");

        Map<String, List<Integer>> expected = expectations(file);
        if (fires) {
            assertTrue(expected.containsKey(rule), file + ": a fires fixture needs at least one '# expect: " + rule + "'");
        } else {
            assertFalse(expected.containsKey(rule), file + ": a silent fixture must not expect " + rule);
        }
        Set<String> rules = new TreeSet<>(expected.keySet());
        rules.add(rule);

        Report report = TestEngine.check(file);
        for (String r : rules) {
            List<Integer> actual = report.findings().stream().filter(f -> f.rule().equals(r))
                    .map(Finding::line).sorted().toList();
            List<Integer> want = expected.getOrDefault(r, List.of()).stream().sorted().toList();
            assertEquals(want, actual, file + ": lines reported for " + r + "\n" + describe(report, r));
        }
    }

    private static String describe(Report report, String rule) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : report.findings()) {
            if (f.rule().equals(rule)) sb.append("  ").append(f.line()).append(':').append(f.column()).append(' ').append(f.message()).append('\n');
        }
        return sb.toString();
    }

    static Map<String, List<Integer>> expectations(Path file) throws IOException {
        Map<String, List<Integer>> out = new TreeMap<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = EXPECT.matcher(lines.get(i));
            if (!m.find()) continue;
            for (String id : m.group(1).strip().split("[,\\s]+")) {
                out.computeIfAbsent(id, k -> new ArrayList<>()).add(i + 1);
            }
        }
        return out;
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
}
