package io.briefcheck.fuzz;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 11: a seeded fuzzer in {@code mvn verify}. It runs {@code briefcheck check} in this process on
 * 5,000 generated inputs ({@link Generator}: mutated real documents, bytes that are not UTF-8, control
 * characters, bombs, deep nesting, huge texts, special files, and the reproducers at other
 * sizes), each held to the {@link Fuzzer} invariants, and then holds each input's time and memory
 * (bytes allocated, all threads) to ten times the median, with a floor (2 s, 256 MiB), and the heap
 * that stays in use after all of them to that at the start plus 64 MiB.
 *
 * <p>{@code -Dbriefcheck.fuzz.seed=N} changes the seed, {@code -Dbriefcheck.fuzz.count=N} the number of
 * inputs and {@code -Dbriefcheck.fuzz.from=N} the first one (to make one input again:
 * {@code -Dbriefcheck.fuzz.only=1234,5678}, with the seed it failed with). {@code src/bench/fuzz.sh} is the long run.
 * The inputs that failed are kept in {@code target/fuzz-failures/}.
 */
class FuzzTest {

    static final long SEED = Long.getLong("briefcheck.fuzz.seed", 20261130L);
    static final int COUNT = Integer.getInteger("briefcheck.fuzz.count", 5_000);
    static final long FROM = Long.getLong("briefcheck.fuzz.from", 0L);
    /** Only these inputs (a list such as 17,4711), when given: to make failed ones again. */
    static final List<Long> ONLY = Arrays.stream(System.getProperty("briefcheck.fuzz.only", "").split(","))
            .map(String::strip).filter(s -> !s.isEmpty()).map(Long::valueOf).toList();
    /** Runs before this many are not timed: the first runs load classes and warm the JIT. */
    private static final int WARM_UP = 30;
    private static final long TIME_FLOOR_NANOS = 2_000_000_000L;
    private static final long MEMORY_FLOOR_BYTES = 256L * 1024 * 1024;
    private static final long HEAP_GROWTH_BYTES = 64L * 1024 * 1024;
    private static final int SHOWN = 25;

    @TempDir
    Path tmp;

    private record Cost(long index, String family, long nanos, long allocated, long bytes) {
    }

    @Test
    void everyInputGivesAReportOfEveryDocumentWithinTimeAndMemory() throws Exception {
        System.out.printf("fuzz: seed %d, inputs %d to %d (-Dbriefcheck.fuzz.seed, .count, .from)%n", SEED, FROM, FROM + COUNT - 1);
        Generator generator = new Generator(SEED);
        List<String> failures = new ArrayList<>();
        List<Cost> costs = new ArrayList<>();
        long heapAtStart = -1;
        long started = System.nanoTime();
        try (Fuzzer fuzzer = new Fuzzer()) {
            for (long n = FROM; n < FROM + COUNT; n++) {
                if (!ONLY.isEmpty() && !ONLY.contains(n)) continue;
                if (n - FROM == WARM_UP) heapAtStart = heapInUse();
                Input input = generator.input(n);
                Path dir = Files.createDirectory(tmp.resolve("in-" + n));
                Plan plan = new Plan(dir);
                Outcome o = null;
                try {
                    input.setup().make(plan);
                    o = fuzzer.run(plan);
                    if (n - FROM >= WARM_UP) costs.add(new Cost(n, input.family(), o.nanos(), o.allocated(), plan.bytes));
                    Fuzzer.check(plan, o);
                } catch (AssertionError | RuntimeException e) {
                    failures.add("input " + n + " (" + input.family() + ", options " + plan.options + "): " + e.getMessage());
                    keep(dir, n, o);
                } finally {
                    delete(dir);
                }
                if ((n - FROM + 1) % 1000 == 0) {
                    System.out.printf("fuzz: %d inputs in %.0f s, %d failed%n", n - FROM + 1, (System.nanoTime() - started) / 1e9, failures.size());
                }
            }
        }
        long heapAtEnd = heapInUse();
        failures.addAll(overBudget(costs));
        if (heapAtStart >= 0 && heapAtEnd > heapAtStart + HEAP_GROWTH_BYTES) {
            failures.add(String.format("heap in use grew from %d MiB to %d MiB over the run", heapAtStart >> 20, heapAtEnd >> 20));
        }
        printSummary(costs, (System.nanoTime() - started) / 1e9, heapAtStart, heapAtEnd);
        if (!failures.isEmpty()) {
            fail(failures.size() + " of " + COUNT + " inputs failed (seed " + SEED + "; inputs kept in target/fuzz-failures/):\n  "
                    + String.join("\n  ", failures.subList(0, Math.min(SHOWN, failures.size()))));
        }
    }

    /** Inputs whose time or allocation is over ten times the median (and the floor). */
    private static List<String> overBudget(List<Cost> costs) {
        List<String> out = new ArrayList<>();
        if (costs.isEmpty()) return out;
        long timeBudget = Math.max(TIME_FLOOR_NANOS, 10 * median(costs.stream().mapToLong(Cost::nanos).toArray()));
        long memoryBudget = Math.max(MEMORY_FLOOR_BYTES, 10 * median(costs.stream().mapToLong(Cost::allocated).toArray()));
        System.out.printf("fuzz: budget per input %.2f s and %d MiB allocated%n", timeBudget / 1e9, memoryBudget >> 20);
        for (Cost c : costs) {
            if (c.nanos() > timeBudget) {
                out.add(String.format("input %d (%s, %d bytes) took %.2f s, over the budget of %.2f s", c.index(), c.family(), c.bytes(), c.nanos() / 1e9, timeBudget / 1e9));
            }
            if (c.allocated() > memoryBudget) {
                out.add(String.format("input %d (%s, %d bytes) allocated %d MiB, over the budget of %d MiB", c.index(), c.family(), c.bytes(), c.allocated() >> 20, memoryBudget >> 20));
            }
        }
        return out;
    }

    private static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Heap in use after a collection: what the runs left behind. */
    private static long heapInUse() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        return memory.getHeapMemoryUsage().getUsed();
    }

    /** Time per family: how many, median and slowest, most allocated; and the slowest inputs. */
    private static void printSummary(List<Cost> costs, double seconds, long heapAtStart, long heapAtEnd) {
        System.out.printf("fuzz: %d inputs in %.0f s; heap in use %s after warm-up, %d MiB at the end%n", COUNT, seconds,
                heapAtStart < 0 ? "(not measured)" : (heapAtStart >> 20) + " MiB", heapAtEnd >> 20);
        if (costs.isEmpty()) return;
        System.out.printf("fuzz: median %.1f ms and %.1f MiB per input%n", median(costs.stream().mapToLong(Cost::nanos).toArray()) / 1e6,
                median(costs.stream().mapToLong(Cost::allocated).toArray()) / 1048576.0);
        Map<String, List<Cost>> byFamily = new TreeMap<>();
        for (Cost c : costs) {
            String family = c.family().startsWith("reproducer:") ? c.family() : "mutated/" + (c.family().contains("+") ? "several" : c.family());
            byFamily.computeIfAbsent(family, k -> new ArrayList<>()).add(c);
        }
        System.out.printf("fuzz: %-48s %6s %10s %10s %12s%n", "family", "inputs", "median ms", "max ms", "max MiB");
        byFamily.forEach((family, list) -> System.out.printf("fuzz: %-48s %6d %10.1f %10.1f %12.1f%n", family, list.size(),
                median(list.stream().mapToLong(Cost::nanos).toArray()) / 1e6,
                list.stream().mapToLong(Cost::nanos).max().orElse(0) / 1e6,
                list.stream().mapToLong(Cost::allocated).max().orElse(0) / 1048576.0));
        costs.stream().sorted(Comparator.comparingLong(Cost::nanos).reversed()).limit(5).forEach(c -> System.out.printf(
                "fuzz: slowest: input %d (%s, %d bytes) %.0f ms, %.0f MiB%n", c.index(), c.family(), c.bytes(), c.nanos() / 1e6, c.allocated() / 1048576.0));
    }

    /** A failed input's files and what the run printed, for a look or a bug report. */
    private static void keep(Path dir, long n, Outcome o) {
        Path to = Path.of("target", "fuzz-failures", SEED + "-" + n);
        try (Stream<Path> walk = Files.walk(dir)) {
            Files.createDirectories(to);
            if (o != null) {
                Files.writeString(to.resolve("stdout.txt"), o.out());
                Files.writeString(to.resolve("stderr.txt"), o.err());
            }
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(dir.relativize(p).toString().replaceAll("[\\x00-\\x1f]", "_"));
                Files.createDirectories(target.getParent());
                Files.copy(p, target);
            }
        } catch (IOException e) {
            System.out.println("fuzz: could not keep input " + n + ": " + e);
        }
    }

    private static void delete(Path dir) throws IOException {
        unlock(dir);
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    /** Folders an input locked are opened again, so they can be removed. */
    private static void unlock(Path dir) throws IOException {
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
        try (Stream<Path> list = Files.list(dir)) {
            for (Path p : list.toList()) if (Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS)) unlock(p);
        }
    }
}
