package io.briefcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.TestEngine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shaded jar as a user runs it: java -jar from another directory, nothing but the report printed. */
class PackagedJarIT {

    private static final Path JAR = Path.of("target/briefcheck.jar").toAbsolutePath();
    private static final Path BRIEFS = Path.of("briefs").toAbsolutePath();

    @TempDir
    Path elsewhere;

    private record Run(int exit, String out, String err) {
    }

    private Run java(String... args) throws IOException, InterruptedException {
        return java(java.util.Map.of(), args);
    }

    private Run java(java.util.Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()));
        cmd.addAll(List.of(args));
        Path out = elsewhere.resolve("out.txt");
        Path err = elsewhere.resolve("err.txt");
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(elsewhere.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().putAll(env);
        Process p = builder.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "jar did not finish");
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    @Test
    void theJarRunsFromAnotherDirectoryWithItsBundledRules() throws Exception {
        Run good = java("check", "--today", TestEngine.TODAY.toString(), BRIEFS.resolve("spring-glow").toString());
        assertEquals(0, good.exit(), good::toString);
        assertEquals("", good.err(), "no logging chatter on stderr");
        Run all = java("check", "--today", TestEngine.TODAY.toString(), "--format", "json", BRIEFS.toString());
        assertEquals(1, all.exit(), all::toString);
        assertTrue(all.out().trim().startsWith("{"), "stdout holds only the report");
        assertTrue(all.out().contains("brief/missing-payment-terms"));
        assertEquals("", all.err());
    }

    /**
     * The bundled rules run from their executable model (made by the build) and need no cache; the same
     * files given as a folder of one's own are compiled from DRL, kept in the cache, and find exactly the same.
     */
    @Test
    void theBundledModelAndTheDrlCompiledOrCachedFindExactlyTheSame() throws Exception {
        Path cache = elsewhere.resolve("cache");
        List<String> inputs = List.of("check", "--today", TestEngine.TODAY.toString(), "--format", "json", BRIEFS.toString(),
                Path.of("src/test/resources/corpus").toAbsolutePath().toString());
        String[] bundled = inputs.toArray(String[]::new);
        List<String> asDrl = new ArrayList<>(inputs);
        asDrl.addAll(List.of("--no-default-rules", "--rules", Path.of("rules").toAbsolutePath().toString()));
        String[] drl = asDrl.toArray(String[]::new);

        Run model = java(java.util.Map.of("BRIEFCHECK_CACHE", cache.toString()), bundled);
        assertFalse(Files.exists(cache), "the bundled rules are not compiled at run time");
        Run fresh = java(java.util.Map.of("BRIEFCHECK_CACHE", "off"), drl);
        Run first = java(java.util.Map.of("BRIEFCHECK_CACHE", cache.toString()), drl);
        List<Path> files;
        try (var list = Files.list(cache)) {
            files = list.toList();
        }
        assertEquals(1, files.size(), "one compiled-rules file");
        Run second = java(java.util.Map.of("BRIEFCHECK_CACHE", cache.toString()), drl);
        assertEquals(1, model.exit(), model::toString);
        assertEquals(model.out(), fresh.out(), "the model finds what the DRL finds");
        assertEquals(fresh.out(), first.out());
        assertEquals(fresh.out(), second.out(), "read from the cache");
        Files.write(files.get(0), new byte[] {1, 2, 3});
        Run damaged = java(java.util.Map.of("BRIEFCHECK_CACHE", cache.toString()), drl);
        assertEquals(fresh.out(), damaged.out(), "a damaged cache is recompiled");
        assertEquals("", damaged.err());
    }

    @Test
    void withNoPathsAndNoBriefsFolderItSaysWhatToPass() throws Exception {
        Run r = java("check");
        assertEquals(2, r.exit(), r::toString);
        assertTrue(r.err().contains("no files given, and there is no briefs/ folder here to check. Name the files or"
                + " folders to check"), r::toString);
    }

    @Test
    void rulesAndVersionWorkFromTheJar() throws Exception {
        Run rules = java("rules");
        assertEquals(0, rules.exit());
        assertTrue(rules.out().contains("brief/missing-timeline"));
        assertTrue(java("--version").out().startsWith("briefcheck 1."));
    }
}
