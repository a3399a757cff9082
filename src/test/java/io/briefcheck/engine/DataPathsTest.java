package io.briefcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.TestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every data path the DRL rules and the Java code name literally exists in the bundled data, of the kind
 * they read it as, so a renamed or misspelt key fails here rather than when a rule first needs it.
 * Paths built by concatenation ({@code "rates." + tier + ...}) are not literals and are not matched:
 * the schema's required keys and kinds cover the maps they reach into.
 */
class DataPathsTest {

    /**
     * {@code data.number("a.b")}, {@code data.strings(...)}, {@code data.words(...)}, {@code data.get(...)}
     * with nothing added to the text, and the path of {@code data.isOneOf(text, "a.b")}.
     */
    private static final Pattern CALL = Pattern.compile(
            "\\bdata\\.(number|strings|words|get)\\(\\s*\"([^\"]*)\"\\s*\\)|\\bdata\\.(isOneOf)\\([^,()]+(?:\\(\\))?,\\s*\"([^\"]*)\"\\s*\\)");

    private record Use(String where, String method, String path) {
    }

    private static List<Use> uses(Path root, String extension) throws IOException {
        List<Use> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(extension)).sorted().toList()) {
                String[] lines = Files.readString(f).split("\n", -1);
                for (int i = 0; i < lines.length; i++) {
                    Matcher m = CALL.matcher(lines[i]);
                    while (m.find()) {
                        out.add(m.group(1) != null ? new Use(f + ":" + (i + 1), m.group(1), m.group(2))
                                : new Use(f + ":" + (i + 1), "words", m.group(4)));
                    }
                }
            }
        }
        return out;
    }

    /** Null when the bundled data has the path as the call reads it; else what is wrong. */
    private static String problem(Use use, RuleData data) {
        Object v = data.get(use.path());
        boolean fits = switch (use.method()) {
            case "number" -> v instanceof Number;
            case "strings" -> v instanceof List<?> l && l.stream().allMatch(String.class::isInstance);
            case "words" -> v instanceof List<?> l ? l.stream().allMatch(String.class::isInstance)
                    : v instanceof Map<?, ?> byLanguage && !byLanguage.isEmpty() && byLanguage.values().stream()
                            .allMatch(w -> w instanceof List<?> l && l.stream().allMatch(String.class::isInstance));
            default -> v != null;
        };
        return fits ? null : use.where() + " " + use.method() + "(\"" + use.path() + "\") but the bundled data has " + v;
    }

    private static void assertAllExist(List<Use> uses) {
        RuleData data = TestEngine.get().data();
        List<String> problems = uses.stream().map(u -> problem(u, data)).filter(p -> p != null).toList();
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPathTheRulesReadIsInTheBundledData() throws IOException {
        List<Use> uses = uses(Path.of("rules"), ".drl");
        // the rules read some 25 different values; far fewer means the pattern no longer matches them
        assertTrue(uses.stream().map(Use::path).distinct().count() >= 15, () -> "only found " + uses);
        assertAllExist(uses);
    }

    @Test
    void everyPathTheJavaCodeReadsIsInTheBundledData() throws IOException {
        List<Use> uses = uses(Path.of("src/main/java"), ".java");
        // some 20 different values, most of them disclosure settings
        assertTrue(uses.stream().map(Use::path).distinct().count() >= 12, () -> "only found " + uses);
        assertAllExist(uses);
    }

    @Test
    void aPathMissingFromTheDataIsCaught() {
        RuleData data = TestEngine.get().data();
        assertEquals("x.drl:1 number(\"results.err.solidd\") but the bundled data has null",
                problem(new Use("x.drl:1", "number", "results.err.solidd"), data));
        assertEquals("x.drl:2 strings(\"results.err.solid\") but the bundled data has 2.0",
                problem(new Use("x.drl:2", "strings", "results.err.solid"), data));
        assertEquals(null, problem(new Use("x.drl:3", "words", "briefs.size_words"), data), "words kept per language");
        assertTrue(problem(new Use("x.drl:4", "strings", "briefs.size_words"), data).startsWith("x.drl:4 strings"),
                "a list per language is no plain list");
    }
}
