package io.briefcheck.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * briefcheck.cmd, the Windows launcher, run by Wine's cmd.exe as a user types it into cmd.exe, in a copy of the
 * repository whose folder name has a space and parentheses ("briefcheck (copy)", as in "Program Files (x86)").
 * <p>
 * Two stand-ins, because Wine cannot run the real ones: java.exe (src/test/wine/java.c, compiled here with
 * MinGW-w64) runs the Linux JDK and passes its exit code back, which Wine does not do for a Linux program, and
 * mvnw.cmd "builds" by copying the packaged jar and writes down how it was called, because the real mvnw.cmd runs
 * PowerShell, and Wine's powershell.exe is an empty stub. The java.exe stand-in also writes down java's arguments.
 * <p>
 * Skipped without wine and x86_64-w64-mingw32-gcc, but under CI (CI=true), which installs them (.ci/run). Every run
 * shares one Wine prefix in a temporary folder; making it is most of the time (docs/install.md has the figures).
 */
class WindowsLauncherIT {

    private static final Path JAR = Path.of("target/briefcheck.jar").toAbsolutePath();
    private static final String TODAY = "2026-11-30";

    @TempDir
    static Path tmp;

    /** the copy of the repository: the launcher, briefs/, pom.xml and the stand-in mvnw.cmd */
    private static Path app;
    private static Path jdk;
    /** java's arguments, one line per run, each in [ ] (src/test/wine/java-unix.sh) */
    private static Path javaRuns;
    private static Run first;
    private static List<String> firstBuilds;
    private static long prefixMillis;
    private static long firstMillis;
    private static final List<Long> laterMillis = new ArrayList<>();

    private record Run(int exit, String out, String err) {
    }

    @BeforeAll
    static void wine() throws Exception {
        Setup.require("apt-get install wine wine64 gcc-mingw-w64-x86-64-win32", "wine", "x86_64-w64-mingw32-gcc");
        jdk = Files.createDirectories(tmp.resolve("jdk/bin"));
        Process gcc = new ProcessBuilder("x86_64-w64-mingw32-gcc", "-O2", "-o", jdk.resolve("java.exe").toString(),
                Path.of("src/test/wine/java.c").toAbsolutePath().toString()).inheritIO().start();
        assertTrue(gcc.waitFor(60, TimeUnit.SECONDS) && gcc.exitValue() == 0, "MinGW-w64 could not compile java.exe");
        Files.copy(Path.of("src/test/wine/java-unix.sh"), jdk.resolve("java-unix.sh"));
        assertTrue(jdk.resolve("java-unix.sh").toFile().setExecutable(true));
        javaRuns = tmp.resolve("java-runs.txt");

        app = repositoryCopy(tmp.resolve("briefcheck (copy)"), false);
        Path userBriefs = Files.createDirectories(tmp.resolve("my briefs"));
        Files.copy(Path.of("briefs/mistakes/no-payment-terms.yaml"), userBriefs.resolve("a brief.yaml"));

        long start = System.nanoTime();
        Process boot = wine(tmp, Map.of(), "wine", "cmd", "/c", "exit", "/b", "0").redirectErrorStream(true)
                .redirectOutput(tmp.resolve("wineboot.txt").toFile()).start();
        assertTrue(boot.waitFor(300, TimeUnit.SECONDS) && boot.exitValue() == 0, "Wine could not make its prefix");
        prefixMillis = (System.nanoTime() - start) / 1_000_000;

        start = System.nanoTime();
        first = launcher(tmp, "--version");
        firstMillis = (System.nanoTime() - start) / 1_000_000;
        firstBuilds = lines(app.resolve("mvnw-runs.txt")).stream().map(String::strip).toList();
    }

    @AfterAll
    static void stopWine() throws Exception {
        if (app == null) return;
        System.out.printf("WindowsLauncherIT: Wine prefix %.1f s, first run (build, class-data archive) %.1f s, "
                + "%d later runs %.1f s on average%n", prefixMillis / 1000.0, firstMillis / 1000.0, laterMillis.size(),
                laterMillis.stream().mapToLong(Long::longValue).average().orElse(0) / 1000.0);
        // the prefix's wineserver would linger for a few seconds in a folder about to be deleted
        wine(tmp, Map.of(), "wineserver", "-k").start().waitFor(30, TimeUnit.SECONDS);
    }

    /** A folder with the launcher and the stand-in mvnw.cmd, with briefs/ and pom.xml unless its build fails. */
    private static Path repositoryCopy(Path dir, boolean failingBuild) throws IOException {
        Files.createDirectories(dir);
        Files.copy(Path.of("briefcheck.cmd"), dir.resolve("briefcheck.cmd"));
        Files.writeString(dir.resolve("mvnw.cmd"), String.join("\r\n",
                "@echo off",
                ">>\"%~dp0mvnw-runs.txt\" echo in %CD%: %*",
                failingBuild ? "echo [ERROR] COMPILATION ERROR: Main.java:[1,1] class expected& exit /b 1" : "",
                "if not exist target mkdir target",
                "copy /y \"" + windows(JAR) + "\" target\\briefcheck.jar >nul",
                ""));
        if (failingBuild) return dir;
        Setup.copyFolder(Path.of("briefs"), dir);
        Files.copy(Path.of("pom.xml"), dir.resolve("pom.xml"));
        return dir;
    }

    private static String windows(Path path) {
        return "Z:" + path.toAbsolutePath().toString().replace('/', '\\');
    }

    /** {@code command} (wine or wineserver) in the test's Wine prefix; a null in {@code env} removes the variable. */
    private static ProcessBuilder wine(Path cwd, Map<String, String> env, String... command) {
        ProcessBuilder builder = new ProcessBuilder(command).directory(cwd.toFile());
        Map<String, String> e = builder.environment();
        e.keySet().removeAll(List.of("JAVA_HOME", "WINEPATH", "DISPLAY", "WAYLAND_DISPLAY"));
        e.put("WINEPREFIX", tmp.resolve("wine").toString());
        e.put("WINEDEBUG", "-all");
        e.put("WINEDLLOVERRIDES", "mscoree,mshtml="); // no offer to install Mono or Gecko
        e.put("WINE_TEST_JAVA", Path.of(System.getProperty("java.home"), "bin", "java").toString());
        e.put("WINE_TEST_LOG", javaRuns.toString());
        e.put("WINEPATH", windows(jdk)); // prepended to Wine's PATH: java.exe is found there
        env.forEach((name, value) -> {
            if (value == null) e.remove(name);
            else e.put(name, value);
        });
        return builder;
    }

    /**
     * Runs {@code line} as typed into cmd.exe in {@code cwd}: written into a .cmd file that cmd /c runs, since
     * cmd /c takes the quotes off a first argument that has them (in Wine and in Windows alike).
     */
    private static Run cmd(Path cwd, Map<String, String> env, String line) throws Exception {
        Path script = Files.writeString(tmp.resolve("typed.cmd"), "@" + line + "\r\n");
        Path out = tmp.resolve("out.txt");
        Path err = tmp.resolve("err.txt");
        Process p = wine(cwd, env, "wine", "cmd", "/c", windows(script)).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(180, TimeUnit.SECONDS), "cmd.exe did not finish: " + line);
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static Run launcher(Path cwd, Map<String, String> env, String args) throws Exception {
        long start = System.nanoTime();
        Run run = cmd(cwd, env, "\"" + windows(app.resolve("briefcheck.cmd")) + "\" " + args);
        if (first != null) laterMillis.add((System.nanoTime() - start) / 1_000_000);
        return run;
    }

    private static Run launcher(Path cwd, String args) throws Exception {
        return launcher(cwd, Map.of(), args);
    }

    /** The packaged jar run directly, for what the launcher must print the same. */
    private static Run direct(Path cwd, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("direct-out.txt");
        Process p = new ProcessBuilder(command).directory(cwd.toFile()).redirectOutput(out.toFile())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return new Run(p.exitValue(), Files.readString(out), "");
    }

    private static List<String> lines(Path file) throws IOException {
        return Files.exists(file) ? Files.readAllLines(file) : List.of();
    }

    private static String lastJavaRun() throws IOException {
        List<String> runs = lines(javaRuns);
        return runs.isEmpty() ? "" : runs.get(runs.size() - 1);
    }

    @Test
    void theFirstRunBuildsTheJarWithMvnwCmdInItsFolderAndRecordsTheClassDataArchive() throws Exception {
        assertEquals(0, first.exit(), first::toString);
        assertEquals(direct(tmp, "--version").out(), first.out());
        assertTrue(first.err().startsWith("briefcheck: building the jar (first run only;"), first::toString);
        assertEquals(List.of("in " + windows(app) + ": -B -q -Dstyle.color=never -Dmaven.test.skip=true package"),
                firstBuilds);
        assertTrue(Files.exists(app.resolve("target/briefcheck.jsa")), "the class-data archive was not recorded");
        List<String> runs = lines(javaRuns);
        Path jsa = app.resolve("target/briefcheck.jsa");
        assertTrue(runs.stream().anyMatch(run -> run.contains("[-XX:DumpLoadedClassList=" + jsa + ".classes]")
                && run.endsWith("[check][--fail-on][never][" + app.resolve("briefs") + "]")), () -> "java's runs: " + runs);
        assertTrue(runs.stream().anyMatch(run -> run.equals("[-Xshare:dump][-Xlog:disable][-XX:SharedClassListFile=" + jsa
                + ".classes][-XX:SharedArchiveFile=" + jsa + "][-cp][" + app.resolve("target/briefcheck.jar") + "]")),
                () -> "java's runs: " + runs);
        assertFalse(Files.exists(app.resolve("target/briefcheck.jsa.classes")), "the class list is removed once dumped");
    }

    @Test
    void checkGetsTheArgumentsAsTypedAndItsExitCodeComesBack() throws Exception {
        String briefs = "briefcheck (copy)/briefs";
        Run run = launcher(tmp, "check --today " + TODAY + " \"briefcheck (copy)\\briefs\"");
        Run expected = direct(tmp, "check", "--today", TODAY, briefs);
        assertEquals(1, expected.exit(), "some of the bundled examples are bad on purpose");
        assertEquals(expected, run);
        assertEquals("[-XX:+UseSerialGC][-XX:TieredStopAtLevel=1][-XX:CICompilerCount=1][-XX:-UsePerfData][-Xms160m][-Xmn48m][-XX:MinHeapFreeRatio=5][-XX:MaxHeapFreeRatio=20][-Xlog:disable][-XX:SharedArchiveFile="
                + app.resolve("target/briefcheck.jsa") + "][-Xshare:auto][-jar][" + app.resolve("target/briefcheck.jar")
                + "][check][--today][" + TODAY + "][" + briefs + "]", lastJavaRun());

        assertEquals(0, launcher(tmp, "check --fail-on never \"briefcheck (copy)\\briefs\"").exit());

        Run spaces = launcher(tmp, "check --format json \"my briefs\\a brief.yaml\"");
        assertEquals(1, spaces.exit(), spaces::toString);
        assertTrue(spaces.out().contains("\"brief/missing-payment-terms\""), spaces::toString);

        Run unknown = launcher(tmp, "check --bogus");
        assertEquals(2, unknown.exit(), unknown::toString);
        assertEquals("", unknown.out());
        assertTrue(unknown.err().contains("there is no option --bogus"), unknown::toString);
    }

    @Test
    void serveRunsWithTheFullJit() throws Exception {
        Run help = launcher(tmp, "serve --help");
        assertEquals(0, help.exit(), help::toString);
        assertTrue(help.out().contains("--port"), help::toString);
        assertEquals("[-XX:+UseSerialGC][-Xlog:disable][-XX:SharedArchiveFile=" + app.resolve("target/briefcheck.jsa")
                + "][-Xshare:auto][-jar][" + app.resolve("target/briefcheck.jar") + "][serve][--help]", lastJavaRun());
    }

    @Test
    void aChangedOrNewSourceBuildsTheJarAgainOnce() throws Exception {
        Path mvnwRuns = app.resolve("mvnw-runs.txt");
        int builds = lines(mvnwRuns).size();
        assertEquals("", launcher(tmp, "--version").err(), "nothing changed, nothing to build");
        assertEquals(builds, lines(mvnwRuns).size());

        Path brief = app.resolve("briefs/spring-glow/brief.yaml");
        Files.setLastModifiedTime(brief, FileTime.fromMillis(Files.getLastModifiedTime(brief).toMillis() + 10_000));
        Run changed = launcher(tmp, "--version");
        assertEquals(0, changed.exit(), changed::toString);
        assertTrue(changed.err().startsWith("briefcheck: building the jar"), changed::toString);
        assertEquals(builds + 1, lines(mvnwRuns).size());
        assertEquals("", launcher(tmp, "--version").err());
        assertEquals(builds + 1, lines(mvnwRuns).size());

        Files.copy(app.resolve("pom.xml"), app.resolve("briefs/pom-copy.txt"));
        assertTrue(launcher(tmp, "--version").err().startsWith("briefcheck: building the jar"));
        assertEquals(builds + 2, lines(mvnwRuns).size());
    }

    @Test
    void aJarNewerThanTheClassDataArchiveGetsANewArchive() throws Exception {
        Path jar = app.resolve("target/briefcheck.jar");
        Path jsa = app.resolve("target/briefcheck.jsa");
        FileTime built = Files.getLastModifiedTime(jar);
        Files.setLastModifiedTime(jsa, FileTime.fromMillis(built.toMillis() - 60_000));
        Run run = launcher(tmp, "--version");
        assertEquals(new Run(0, direct(tmp, "--version").out(), ""), run, "Java writes the archive read-only: del /f replaces it");
        assertTrue(Files.getLastModifiedTime(jsa).compareTo(built) > 0, "the archive was not recorded again");
        List<String> runs = lines(javaRuns);
        assertTrue(runs.get(runs.size() - 3).contains("[-XX:DumpLoadedClassList=" + jsa + ".classes]"), runs::toString);
        assertTrue(runs.get(runs.size() - 2).contains("[-XX:SharedArchiveFile=" + jsa + "]"), runs::toString);
    }

    @Test
    void javaHomeComesFirstAndAMissingJavaIsExplained() throws Exception {
        Path elsewhere = Files.createDirectories(tmp.resolve("elsewhere"));
        Map<String, String> noPath = new HashMap<>();
        noPath.put("WINEPATH", null);
        noPath.put("JAVA_HOME", windows(jdk.getParent()));
        Run home = launcher(elsewhere, noPath, "--version");
        assertEquals(new Run(0, direct(tmp, "--version").out(), ""), home);

        int javaRunsBefore = lines(javaRuns).size();
        noPath.put("JAVA_HOME", windows(tmp.resolve("Java (x86)/jdk-17")));
        Run wrongHome = launcher(elsewhere, noPath, "--version");
        assertEquals(2, wrongHome.exit(), wrongHome::toString);
        assertEquals("briefcheck: JAVA_HOME is \"" + windows(tmp.resolve("Java (x86)/jdk-17")) + "\", which has no bin\\java.exe. "
                + "Set JAVA_HOME to the folder of a JDK 17, or clear it (set JAVA_HOME=) to use the java on your PATH.", wrongHome.err().strip());

        noPath.remove("JAVA_HOME");
        Run none = launcher(elsewhere, noPath, "--version");
        assertEquals(2, none.exit(), none::toString);
        assertTrue(none.err().startsWith("briefcheck: needs Java 17, and java.exe is not on your PATH."), none::toString);
        assertEquals(javaRunsBefore, lines(javaRuns).size(), "no java ran");
    }

    @Test
    void aFailedBuildShowsMavensOutputAndExitsWith2() throws Exception {
        Path broken = repositoryCopy(tmp.resolve("broken"), true);
        int javaRunsBefore = lines(javaRuns).size();
        Run run = cmd(tmp, Map.of(), "\"" + windows(broken.resolve("briefcheck.cmd")) + "\" check x.yaml");
        assertEquals(2, run.exit(), run::toString);
        assertEquals("", run.out());
        assertEquals(List.of("briefcheck: building the jar (first run only; needs Java 17, Maven comes with mvnw.cmd)...",
                "[ERROR] COMPILATION ERROR: Main.java:[1,1] class expected",
                "briefcheck: the build failed (output above); run \"mvnw.cmd -B package\" to see it again."),
                run.err().strip().lines().map(String::strip).toList());
        assertFalse(Files.exists(broken.resolve("target/briefcheck.jar")));
        assertEquals(javaRunsBefore, lines(javaRuns).size(), "no java ran");
    }
}
