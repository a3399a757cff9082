package io.briefcheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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

/**
 * Issue 11's reproducers end to end: {@code java -Xmx256m -jar target/briefcheck.jar check} on each
 * of the large ones, then on all the others together, held to every {@link Fuzzer} invariant (a JVM
 * out of memory would print a stack trace and fail them). Each run's time is printed next to a run on
 * one small valid file, whose time is mostly the JVM starting: the ratio shows the work a reproducer
 * adds, without asserting a bound that a busy machine could break.
 */
class ReproducersJarIT {

    private static final Path JAR = Path.of("target/briefcheck.jar").toAbsolutePath();
    private static final List<String> ON_THEIR_OWN = List.of("aliasOfALargeTextRepeated", "adRepeated", "manyStoryFrames",
            "manySuppressionComments");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path tmp;

    @Test
    void eachReproducerGivesAReportWithA256MegabyteHeap() throws Exception {
        Path cache = tmp.resolve("cache");
        Plan small = new Plan(Files.createDirectory(tmp.resolve("small")));
        small.file("post.yaml", Seeds.POST, 1);
        run("small", small, cache); // compiles the rules into the cache, as a user's first run does
        long baseline = run("small", small, cache);
        List<String> lines = new ArrayList<>();
        for (String name : ON_THEIR_OWN) {
            Plan plan = new Plan(Files.createDirectory(tmp.resolve(name)));
            Reproducers.named(name).exact().setup().make(plan);
            lines.add(line(name, run(name, plan, cache), baseline));
        }
        Plan rest = new Plan(Files.createDirectory(tmp.resolve("rest")));
        List<String> others = new ArrayList<>();
        for (Reproducers.Reproducer r : Reproducers.ALL) {
            if (ON_THEIR_OWN.contains(r.name())) continue;
            Plan one = new Plan(Files.createDirectory(rest.dir.resolve(r.name())));
            r.exact().setup().make(one);
            rest.paths.addAll(one.paths);
            rest.documents.putAll(one.documents);
            rest.options.addAll(one.options);
            rest.expectations.addAll(one.expectations);
            rest.bytes += one.bytes;
            others.add(r.name());
        }
        lines.add(line("the other " + others.size() + " together", run("rest", rest, cache), baseline));
        System.out.printf("jar: one small valid file %.2f s (JVM start-up and rules from the cache)%n", baseline / 1e9);
        lines.forEach(System.out::println);
    }

    private static String line(String name, long nanos, long baseline) {
        return String.format("jar: %-40s %6.2f s, %4.1f x the small file", name, nanos / 1e9, (double) nanos / baseline);
    }

    /**
     * Runs the jar on the plan, checks the outcome, and returns the run's wall time. A reproducer that
     * {@link ReproducersTest#KNOWN_SLOW} lists may run past the time limit without failing (unless
     * {@code -Dbriefcheck.fuzz.strict=true}); every other invariant holds for it too.
     */
    private static long run(String name, Plan plan, Path cache) throws IOException, InterruptedException {
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
                "-jar", JAR.toString(), "check", "--no-config", "--no-project-lookup", "--today", TestEngine.TODAY.toString()));
        cmd.addAll(plan.options);
        cmd.addAll(List.of("--format", "json", "--"));
        cmd.addAll(plan.paths);
        Path out = plan.dir.resolve("stdout.json");
        Path err = plan.dir.resolve("stderr.txt");
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(plan.dir.toFile())
                .redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().put("BRIEFCHECK_CACHE", cache.toString());
        long started = System.nanoTime();
        Process p = builder.start();
        boolean finished = p.waitFor(180, TimeUnit.SECONDS);
        if (!finished) p.destroyForcibly();
        long nanos = System.nanoTime() - started;
        assertTrue(finished, plan.paths + " did not finish in 180 s");
        String stdout = Files.readString(out, StandardCharsets.UTF_8);
        JsonNode report = stdout.startsWith("{") ? JSON.readTree(stdout) : null;
        try {
            Fuzzer.check(plan, new Outcome(p.exitValue(), stdout, Files.readString(err, StandardCharsets.UTF_8), report, plan.textReport(), nanos, 0));
        } catch (AssertionError e) {
            boolean known = ReproducersTest.KNOWN_SLOW.containsKey(name) && !Boolean.getBoolean("briefcheck.fuzz.strict");
            if (!known || !e.getMessage().startsWith("the check ran past its time limit")) throw e;
            System.out.printf("jar: %s KNOWN SLOW: %s (%s)%n", name, e.getMessage(), ReproducersTest.KNOWN_SLOW.get(name));
        }
        return nanos;
    }
}
