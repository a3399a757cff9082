package io.briefcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A broken data file in a --rules folder stops the run before anything is checked: exit 2, positions, no trace. */
class RuleDataErrorsTest {

    @Test
    void aBadDataOverrideIsReportedInItsFileAndNothingIsChecked(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/results.yaml"), "err:\n  solid: 6\n  exceptinal: 9\n");

        Cli r = Cli.run("check", "--rules", dir.toString(), "briefs/spring-glow/");

        assertEquals(2, r.exit(), r::toString);
        String file = dir.toString().replace('\\', '/') + "/data/results.yaml";
        // the whole of stderr: the problems and one closing line, no stack trace or internal path
        assertEquals(List.of(
                file + ":3:3 err.exceptinal is not a key briefcheck reads, so it changes nothing; did you mean err.exceptional?",
                file + ":2:10 err.solid (6) must be below err.exceptional (5.0): a post can't be solid above exceptional.",
                "briefcheck: the rules above could not be loaded; nothing was checked."), r.err().lines().toList(), r::toString);
        assertEquals("", r.out());
    }
}
