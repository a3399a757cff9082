package io.briefcheck.fuzz;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 11's reproducers, exactly as the issue gives them, in this process: each gives its clear
 * finding or error (its own expectation and every {@link Fuzzer} invariant) in under a second of work
 * (the better of two runs, after a warm-up), allocating at most 256 MiB. The packaged jar runs them
 * with a 256 MB heap in {@code ReproducersJarIT}.
 */
class ReproducersTest {

    static final long SECOND = 1_000_000_000L;
    static final long MEMORY = 256L * 1024 * 1024;
    private static Fuzzer fuzzer;

    @TempDir
    Path tmp;

    @BeforeAll
    static void warmUp(@TempDir Path dir) throws Exception {
        fuzzer = new Fuzzer();
        for (int i = 0; i < 3; i++) {
            Plan plan = new Plan(Files.createDirectory(dir.resolve("warm-" + i)));
            plan.file("post.yaml", Seeds.POST, 1);
            fuzzer.run(plan);
        }
    }

    @AfterAll
    static void close() {
        fuzzer.close();
    }

    static List<String> reproducers() {
        return Reproducers.ALL.stream().map(Reproducers.Reproducer::name).toList();
    }

    /**
     * Reproducers still over the time or memory bound on main, and why (written down for issue 11).
     * They run and must give every document its report all the same; only their cost is not held to
     * the bound, and the test is reported as skipped with the reason, unless
     * {@code -Dbriefcheck.fuzz.strict=true}. Remove an entry when its cause is fixed.
     */
    static final Map<String, String> KNOWN_SLOW = Map.of();
    private static final boolean STRICT = Boolean.getBoolean("briefcheck.fuzz.strict");

    @ParameterizedTest
    @MethodSource("reproducers")
    void givesAClearFindingOrErrorInUnderASecond(String name) throws Exception {
        Input input = Reproducers.named(name).exact();
        Outcome best = null;
        for (int run = 0; run < 2; run++) {
            Plan plan = new Plan(Files.createDirectory(tmp.resolve("run-" + run)));
            input.setup().make(plan);
            Outcome o = fuzzer.run(plan);
            try {
                Fuzzer.check(plan, o);
            } catch (AssertionError e) {
                if (!e.getMessage().startsWith("the check ran past its time limit")) throw e;
                known(name, e.getMessage() + " after " + o.nanos() / 1_000_000 + " ms");
                throw e;
            }
            if (best == null || o.nanos() < best.nanos()) best = o;
            if (o.nanos() < SECOND / 2) break;
        }
        System.out.printf("reproducer %-34s %6.0f ms %8.1f MiB allocated, exit %d%n", name, best.nanos() / 1e6, best.allocated() / 1048576.0, best.exit());
        long ms = best.nanos() / 1_000_000;
        if (best.nanos() >= SECOND || best.allocated() >= MEMORY) known(name, ms + " ms, " + (best.allocated() >> 20) + " MiB allocated");
        assertTrue(best.nanos() < SECOND, name + " took " + ms + " ms");
        assertTrue(best.allocated() < MEMORY, name + " allocated " + (best.allocated() >> 20) + " MiB");
    }

    /** A known slow reproducer is skipped with its reason (and what it cost) unless the run is strict. */
    private static void known(String name, String cost) {
        String why = KNOWN_SLOW.get(name);
        System.out.printf("reproducer %-34s KNOWN SLOW: %s (%s)%n", name, cost, why);
        Assumptions.assumeTrue(why == null || STRICT, () -> "known slow, issue 11: " + why + "; this run: " + cost);
    }
}
