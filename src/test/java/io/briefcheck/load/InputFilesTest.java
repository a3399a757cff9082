package io.briefcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Issue 11: only regular files are read, each once; a folder that cannot be read does not stop the run. */
class InputFilesTest {

    private static final String POST = "kind: post\nplatform: instagram\nformat: post\ncaption: \"#ad hi\"\n";

    @TempDir
    Path dir;

    private final Loader loader = new Loader();

    private static List<String> names(InputFiles.Found found) {
        return found.entries().stream().map(InputFiles.Entry::display).toList();
    }

    /** A one-file check's guess of its documents' kinds (KindGuess) asks only whether a folder holds more than a few. */
    @Test
    void aWalkWithALimitStopsOneFilePastIt() throws IOException {
        for (int i = 0; i < 5; i++) Files.writeString(dir.resolve(i + ".yaml"), "kind: brief\n");
        assertEquals(3, new InputFiles(false).expand("d", dir, 2).files());
        assertEquals(5, new InputFiles(false).expand("d", dir).files());
    }

    @Test
    void aPipeIsReportedWithoutBeingOpened() throws Exception {
        Path fifo = dir.resolve("pipe.yaml");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        }
        assumeTrue(made, "mkfifo is not available");
        // opening a pipe nobody writes to would block: the check must be decided before
        List<Document> docs = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> loader.loadFile(fifo, "pipe.yaml"));
        Problem p = docs.get(0).problems().get(0);
        assertTrue(p.message().contains("not a regular file"), p.message());
        InputFiles.Found inFolder = new InputFiles(false).expand("d", dir);
        assertEquals(1, inFolder.entries().size());
        assertNotNull(inFolder.entries().get(0).problem());
    }

    @Test
    void aDeviceIsNotRead() {
        Path zero = Path.of("/dev/zero");
        assumeTrue(Files.exists(zero));
        List<Document> docs = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> loader.loadFile(zero, "/dev/zero"));
        assertEquals(1, docs.size());
        assertTrue(docs.get(0).problems().get(0).message().contains("not a regular file"));
    }

    @Test
    void aFolderThatCannotBeReadIsOneFindingAndTheRestIsRead() throws IOException {
        Files.writeString(dir.resolve("a.yaml"), POST);
        Path locked = Files.createDirectory(dir.resolve("locked"));
        Files.writeString(locked.resolve("b.yaml"), POST);
        Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
        try {
            assumeFalse(Files.isReadable(locked), "running as root: permissions do not block reading");
            InputFiles.Found found = new InputFiles(false).expand("d", dir);
            assertEquals(List.of("d/a.yaml", "d/locked"), names(found));
            assertNull(found.entries().get(0).problem());
            Problem p = found.entries().get(1).problem();
            assertTrue(p.message().contains("permission denied"), p.message());
        } finally {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwx------"));
        }
    }

    @Test
    void aFileThatCannotBeReadIsAFinding() throws IOException {
        Path file = Files.writeString(dir.resolve("a.yaml"), POST);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "running as root: permissions do not block reading");
        Problem p = loader.loadFile(file, "a.yaml").get(0).problems().get(0);
        assertTrue(p.message().contains("permission denied"), p.message());
    }

    @Test
    void linksOutOfTheFolderAreSkippedWithANoteUnlessAllowed() throws IOException {
        Path outside = Files.writeString(Files.createDirectory(dir.resolve("outside")).resolve("secret.yaml"), POST);
        Path checked = Files.createDirectory(dir.resolve("checked"));
        Files.writeString(checked.resolve("a.yaml"), POST);
        try {
            Files.createSymbolicLink(checked.resolve("out.yaml"), outside);
            Files.createSymbolicLink(checked.resolve("again.yaml"), checked.resolve("a.yaml"));
        } catch (UnsupportedOperationException | IOException e) {
            assumeTrue(false, "symbolic links are not available");
        }
        InputFiles files = new InputFiles(false);
        assertEquals(List.of("c/a.yaml"), names(files.expand("c", checked)), "a link inside to a.yaml is a.yaml again");
        assertEquals(1, files.notes().size());
        assertTrue(files.notes().get(0).startsWith("c/out.yaml: a link to "), files.notes().get(0));

        InputFiles following = new InputFiles(true);
        assertEquals(List.of("c/a.yaml", "c/out.yaml"), names(following.expand("c", checked)));
    }

    @Test
    void aFileGivenTwiceIsCheckedOnce() throws IOException {
        Path a = Files.writeString(dir.resolve("a.yaml"), POST);
        Files.writeString(dir.resolve("b.yaml"), POST);
        InputFiles files = new InputFiles(false);
        assertEquals(List.of("d/a.yaml"), names(files.expand("d/a.yaml", a)));
        InputFiles.Found again = files.expand("d/a.yaml", a);
        assertEquals(List.of(), again.entries());
        assertEquals(1, again.files(), "given twice is not 'holds no YAML files'");
        assertEquals(List.of("d/b.yaml"), names(files.expand("d", dir)));
    }

    @Test
    void anEmptyFolderHoldsNoFiles() throws IOException {
        Files.writeString(dir.resolve("notes.txt"), "x");
        Files.createDirectory(dir.resolve(".hidden"));
        Files.writeString(dir.resolve(".hidden/a.yaml"), POST);
        assertEquals(0, new InputFiles(false).expand("d", dir).files());
    }
}
