package io.briefcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Main adds to picocli only the command being run (reading every command's options cost start-up time); help and
 * mistyped commands still see them all.
 */
class MainCommandsTest {

    @Test
    void theHelpListsEveryCommand() {
        Cli r = Cli.run("--help");
        assertEquals(0, r.exit(), r::toString);
        for (String c : new String[] {"check", "rules", "explain", "init", "serve"}) {
            assertTrue(r.out().contains("\n  " + c + " "), c + " is listed:\n" + r);
        }
    }

    @Test
    void helpOfOneCommandFindsIt() {
        Cli r = Cli.run("help", "explain");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().startsWith("Usage: briefcheck explain"), r::toString);
    }

    @Test
    void aMistypedCommandIsAnsweredWithTheNearestOne() {
        Cli r = Cli.run("chek", "briefs/");
        assertEquals(Main.CANNOT_RUN, r.exit(), r::toString);
        assertTrue(r.err().contains("Did you mean 'briefcheck check'?") && r.err().contains("check, rules, explain, init, serve"), r::toString);
    }

    @Test
    void aCommandRunAloneStillReadsItsOwnOptions() {
        Cli r = Cli.run("rules", "--format", "json");
        assertEquals(0, r.exit(), r::toString);
        assertTrue(r.out().strip().startsWith("["), r::toString);
    }
}
