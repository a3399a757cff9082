package io.briefcheck.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which Java ./briefcheck, the bash launcher, runs: JAVA_HOME's when it is set, as ./mvnw builds with it (and as
 * briefcheck.cmd does, WindowsLauncherIT), else the java on the PATH. Run in a copy of the repository's launcher,
 * briefs/ and packaged jar, the jar newest, so the launcher does not build it.
 */
class LauncherIT {

    @TempDir
    static Path tmp;
    private static Path launcher;
    private static Path jdk;

    @BeforeAll
    static void copy() throws Exception {
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        Setup.copyFolder(Path.of("briefs"), repo);
        launcher = Files.copy(Path.of("briefcheck"), repo.resolve("briefcheck"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(Path.of("target/briefcheck.jar"), Files.createDirectories(repo.resolve("target")).resolve("briefcheck.jar"));
        // a JDK whose java notes that it ran, then runs the real one
        jdk = Files.createDirectories(tmp.resolve("jdk/bin")).getParent();
        Path java = Files.writeString(jdk.resolve("bin/java"), "#!/bin/sh\necho \"$*\" >>\"" + tmp.resolve("runs.txt") + "\"\nexec "
                + Path.of(System.getProperty("java.home"), "bin", "java") + " \"$@\"\n");
        assertTrue(java.toFile().setExecutable(true));
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String javaHome) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(launcher.toString(), "--version").directory(tmp.toFile())
                .redirectOutput(tmp.resolve("out.txt").toFile()).redirectError(tmp.resolve("err.txt").toFile());
        if (javaHome == null) builder.environment().remove("JAVA_HOME");
        else builder.environment().put("JAVA_HOME", javaHome);
        Process p = builder.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the launcher did not finish");
        return new Run(p.exitValue(), Files.readString(tmp.resolve("out.txt")), Files.readString(tmp.resolve("err.txt")));
    }

    private static List<String> javaRuns() throws Exception {
        Path runs = tmp.resolve("runs.txt");
        return Files.exists(runs) ? Files.readAllLines(runs) : List.of();
    }

    @Test
    void javaHomeComesFirstAndAWrongOneIsExplained() throws Exception {
        Run home = run(jdk.toString());
        assertEquals(0, home.exit(), home::toString);
        assertTrue(home.out().startsWith("briefcheck "), home::toString);
        assertEquals("", home.err());
        List<String> runs = javaRuns();
        assertTrue(!runs.isEmpty() && runs.get(runs.size() - 1).endsWith("--version"), "JAVA_HOME's java did not run: " + runs);

        Run wrong = run(tmp.resolve("no-jdk").toString());
        assertEquals(2, wrong.exit(), wrong::toString);
        assertTrue(wrong.err().startsWith("briefcheck: JAVA_HOME is \"" + tmp.resolve("no-jdk") + "\", which has no bin/java."), wrong::toString);

        int before = javaRuns().size();
        Run path = run(null);
        assertEquals(new Run(0, home.out(), ""), path);
        assertEquals(before, javaRuns().size(), "without JAVA_HOME the java on the PATH runs");
    }
}
