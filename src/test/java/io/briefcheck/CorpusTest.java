package io.briefcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.core.Finding;
import io.briefcheck.report.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A realistic corpus of draft posts (src/test/resources/corpus): each document's first line says
 * which rule ids it must get, {@code # corpus: ftc/label-buried ftc/label-below-fold}, or
 * {@code # corpus: clean}. The set of rule ids reported for the document must be exactly that: a
 * compliant post that gets any finding fails just like a bad post that gets none.
 */
class CorpusTest {

    static final Path ROOT = Path.of("src/test/resources/corpus");
    private static final Pattern EXPECT = Pattern.compile("^kind:\\s*\\w+\\s*#\\s*corpus:\\s*(.+)$");

    @TestFactory
    Stream<DynamicTest> corpus() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : files()) {
            Report report = TestEngine.check(file);
            List<Set<String>> expected = expectations(file);
            for (int i = 0; i < expected.size(); i++) {
                int index = i;
                Set<String> want = expected.get(i);
                tests.add(DynamicTest.dynamicTest(file.getFileName() + " #" + i, () -> {
                    Set<String> got = new TreeSet<>();
                    StringBuilder detail = new StringBuilder();
                    for (Finding f : report.findings()) {
                        if (f.index() != index) continue;
                        got.add(f.rule());
                        detail.append("\n  ").append(f.line()).append(':').append(f.column()).append(' ').append(f.rule())
                                .append(' ').append(f.message());
                    }
                    assertEquals(want, got, file + " document " + index + detail);
                }));
            }
        }
        return tests.stream();
    }

    /** The corpus is big enough to mean something: 60+ posts, clean ones among them, every pack used. */
    @Test
    void corpusCoversPlatformsMarketsAndCleanPosts() throws IOException {
        int posts = 0;
        int clean = 0;
        Set<String> namespaces = new TreeSet<>();
        for (Path file : files()) {
            for (String line : Files.readAllLines(file)) {
                Matcher m = EXPECT.matcher(line);
                if (!m.find() || !line.startsWith("kind: post")) continue;
                posts++;
                if (m.group(1).strip().equals("clean")) clean++;
                for (String id : m.group(1).strip().split("\\s+")) if (id.contains("/")) namespaces.add(id.substring(0, id.indexOf('/')));
            }
        }
        assertTrue(posts >= 60, "only " + posts + " posts in the corpus");
        assertTrue(clean >= 20, "only " + clean + " compliant posts in the corpus");
        assertTrue(namespaces.containsAll(Set.of("asa", "ftc", "rsm", "uwg", "fr", "eu")), "the corpus exercises every market: " + namespaces);
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    /** One set per document, in order; documents start at a "kind:" line carrying "# corpus:". */
    private static List<Set<String>> expectations(Path file) throws IOException {
        List<Set<String>> out = new ArrayList<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = EXPECT.matcher(line);
            if (!m.find()) continue;
            Set<String> ids = new TreeSet<>();
            String v = m.group(1).strip();
            if (!v.equals("clean")) for (String id : v.split("\\s+")) ids.add(id);
            out.add(ids);
        }
        return out;
    }
}
