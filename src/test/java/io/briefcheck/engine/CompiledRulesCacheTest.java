package io.briefcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compiled-rules cache keeps the newest rule sets of this version and a few of other versions. */
class CompiledRulesCacheTest {

    @TempDir
    Path dir;

    private Instant clock = Instant.now().minus(Duration.ofDays(30));

    /** A cache file, each one a minute newer than the one before. */
    private Path file(String name) throws Exception {
        Path f = Files.writeString(dir.resolve(name), "x");
        clock = clock.plus(Duration.ofMinutes(1));
        Files.setLastModifiedTime(f, FileTime.from(clock));
        return f;
    }

    private Set<String> left() throws Exception {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(f -> f.getFileName().toString()).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    @Test
    void keepsTheNewestOfThisVersionAndAFewOfOthers() throws Exception {
        file("rules-0123456789abcdef.bin");               // before versions were in the name
        for (int i = 0; i < 4; i++) file("rules-0.9.0_old" + i + ".bin");
        for (int i = 0; i < 2; i++) file("rules-1.0.0-SNAPSHOT_snap" + i + ".bin");
        for (int i = 0; i < 12; i++) file("rules-1.0.0_key" + i + ".bin");
        file("rules-1.0.0_stale.tmp");                     // a write interrupted a month ago
        file("notes.txt");                                  // not the cache's
        Path written = file("rules-1.0.0_new.bin");

        new CompiledRulesCache(dir, "1.0.0").prune(written);

        Set<String> expected = new TreeSet<>(Set.of("notes.txt", "rules-1.0.0_new.bin",
                "rules-0.9.0_old3.bin", "rules-1.0.0-SNAPSHOT_snap0.bin", "rules-1.0.0-SNAPSHOT_snap1.bin"));
        for (int i = 3; i < 12; i++) expected.add("rules-1.0.0_key" + i + ".bin");
        assertEquals(expected, left());
        assertEquals(CompiledRulesCache.KEEP_THIS_VERSION, left().stream().filter(n -> n.startsWith("rules-1.0.0_")).count());
    }

    @Test
    void aFreshTemporaryFileIsAnotherRunStillWriting() throws Exception {
        Path tmp = Files.writeString(dir.resolve("rules-1.0.0_abc.tmp"), "x");
        Path written = file("rules-1.0.0_abc.bin");
        new CompiledRulesCache(dir, "1.0.0").prune(written);
        assertEquals(Set.of(tmp.getFileName().toString(), "rules-1.0.0_abc.bin"), left());
    }

    @Test
    void aVersionIsMadeSafeForAFileName() throws Exception {
        Path written = file("rules-1.0.0-rc-1_k.bin");
        file("rules-1.0.0_other.bin");
        for (int i = 0; i < 10; i++) file("rules-1.0.0-rc-1_k" + i + ".bin");
        new CompiledRulesCache(dir, "1.0.0/rc_1").prune(written);
        assertEquals(CompiledRulesCache.KEEP_THIS_VERSION, left().stream().filter(n -> n.startsWith("rules-1.0.0-rc-1_")).count());
        assertEquals(true, left().contains("rules-1.0.0_other.bin"), "another version's newest set stays");
    }
}
