package io.briefcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.briefcheck.TestEngine;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reports and baselines are written whole or not at all, a failed write is exit 2 with a plain message,
 * and no output goes over a file the run reads or over another output.
 */
class ReportFilesTest {

    private static final String BRIEF = "briefs/mistakes/have-fun.yaml";

    @TempDir
    Path tmp;

    private List<String> filesIn(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void aReportReplacesTheOldOneWholeAndLeavesNoTemporaryFile() throws Exception {
        Path report = tmp.resolve("report.sarif");
        Files.writeString(report, "the old report");
        Cli r = Cli.run("check", BRIEF, "--format", "sarif", "--output", report.toString());
        assertEquals(1, r.exit(), r.toString());
        assertTrue(Files.readString(report).startsWith("{") && Files.readString(report).strip().endsWith("}"));
        assertEquals(List.of("report.sarif"), filesIn(tmp));
    }

    @Test
    void aWriteThatFailsHalfWayKeepsTheOldFile() throws Exception {
        Path report = tmp.resolve("report.json");
        Files.writeString(report, "the old report");
        IOException e = assertThrows(IOException.class, () -> OutputFile.write(report, out -> {
            out.print("{\"half\": ");
            out.flush();
            throw new IOException("killed");
        }));
        assertEquals("killed", e.getMessage());
        assertEquals("the old report", Files.readString(report));
        assertEquals(List.of("report.json"), filesIn(tmp), "the temporary file is removed");
    }

    @Test
    void aFullDeviceIsExitTwoWithAMessage() {
        assumeTrue(Files.exists(Path.of("/dev/full")), "needs /dev/full");
        Cli r = Cli.run("check", BRIEF, "--output", "/dev/full");
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().contains("briefcheck: cannot write the text report to /dev/full: No space left on device."), r.err());
        assertFalse(r.err().contains("Exception"), r.err());
    }

    @Test
    void aFolderThatCannotBeMadeIsExitTwo() throws Exception {
        Path notAFolder = Files.writeString(tmp.resolve("plain.txt"), "x");
        Cli r = Cli.run("check", BRIEF, "--format", "json", "--output", notAFolder.resolve("report.json").toString());
        assertEquals(2, r.exit(), r.toString());
        assertTrue(r.err().startsWith("briefcheck: cannot write the json report to " + notAFolder.resolve("report.json")), r.err());
        Cli b = Cli.run("check", BRIEF, "--write-baseline", notAFolder.resolve("baseline.json").toString());
        assertEquals(2, b.exit(), b.toString());
        assertTrue(b.err().contains("briefcheck: cannot write the baseline"), b.err());
    }

    @Test
    void aScreenThatFailsIsExitTwo() {
        PrintStream broken = new PrintStream(new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        }, true);
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"check", BRIEF}, new PrintWriter(broken, true), new PrintWriter(err, true), TestEngine.CLOCK);
        assertEquals(2, exit, err.toString());
        assertTrue(err.toString().contains("briefcheck: cannot write the text report to the screen (standard output)"), err.toString());
    }

    @Test
    void noOutputGoesOverAFileBeingChecked() throws Exception {
        Path brief = Files.copy(Path.of(BRIEF), tmp.resolve("brief.yaml"));
        String before = Files.readString(brief);
        Files.createDirectories(tmp.resolve("sub"));
        String[][] runs = {
            {"check", brief.toString(), "--format", "json", "--output", brief.toString()},
            {"check", tmp.toString(), "--format", "json", "--output", tmp.resolve("sub/../brief.yaml").toString()},
            {"check", brief.toString(), "--write-baseline", brief.toString()},
        };
        for (String[] run : runs) {
            Cli r = Cli.run(run);
            assertEquals(2, r.exit(), String.join(" ", run) + "\n" + r);
            assertTrue(r.err().contains("is a file being checked; refusing to write"), r.err());
        }
        assertEquals(before, Files.readString(brief));
    }

    @Test
    void twoReportsNeverShareOneOutput() throws Exception {
        Path out = tmp.resolve("report.out");
        Cli file = Cli.run("check", BRIEF, "--format", "json", "--output", out.toString(), "--format", "sarif", "--output", out.toString());
        assertEquals(2, file.exit(), file.toString());
        assertTrue(file.err().contains("the json report and the sarif report would both be written to " + out), file.err());
        assertFalse(Files.exists(out));

        Cli screen = Cli.run("check", BRIEF, "--format", "text", "--format", "json");
        assertEquals(2, screen.exit(), screen.toString());
        assertTrue(screen.err().contains("the text report and the json report would both go to the screen"), screen.err());
        assertEquals("", screen.out());
    }

    @Test
    void aBaselineIsRenewedInPlace() throws Exception {
        Path baseline = tmp.resolve("baseline.json");
        assertEquals(0, Cli.run("check", BRIEF, "--write-baseline", baseline.toString()).exit());
        Cli again = Cli.run("check", BRIEF, "--baseline", baseline.toString(), "--write-baseline", baseline.toString());
        assertEquals(0, again.exit(), again.toString());
        assertEquals(List.of("baseline.json"), filesIn(tmp));
    }
}
