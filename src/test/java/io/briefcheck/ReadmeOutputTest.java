package io.briefcheck;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the README true: every {@code $ ./briefcheck check ...} example in a text block is run, and
 * every line shown under it must appear in the real output, in the same order. (Lines may be added
 * by new rules without breaking the README; a shown line that is no longer produced fails.)
 */
class ReadmeOutputTest {

    @TestFactory
    Stream<DynamicTest> examplesProduceTheOutputShown() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("README.md"));
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (!lines.get(i).equals("```text") || i + 1 >= lines.size()) continue;
            String command = lines.get(i + 1);
            if (!command.startsWith("$ ./briefcheck check ")) continue;
            List<String> shown = new ArrayList<>();
            int j = i + 2;
            while (j < lines.size() && !lines.get(j).equals("```")) shown.add(lines.get(j++));
            if (shown.stream().anyMatch(l -> l.startsWith("$ "))) continue;
            tests.add(DynamicTest.dynamicTest(command, () -> check(command, shown)));
        }
        assertFalse(tests.isEmpty(), "the README shows no briefcheck check example");
        return tests.stream();
    }

    private static void check(String command, List<String> shown) {
        String[] args = command.substring("$ ./briefcheck ".length()).split("\\s+");
        StringWriter out = new StringWriter();
        Main.run(args, new PrintWriter(out), new PrintWriter(new StringWriter()));
        List<String> actual = out.toString().lines().toList();
        int at = 0;
        for (String line : shown) {
            if (line.isBlank()) continue;
            int found = -1;
            for (int k = at; k < actual.size(); k++) {
                if (actual.get(k).equals(line)) {
                    found = k;
                    break;
                }
            }
            assertTrue(found >= 0, command + "\nthe README shows a line the tool no longer prints (or not in this order):\n"
                    + line + "\nactual output:\n" + String.join("\n", actual));
            at = found + 1;
        }
    }
}
