package io.briefcheck.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the packaged jar keeps compiled rule folders (engine/CompiledRulesCache): under $XDG_CACHE_HOME,
 * named by version, and nowhere with --no-cache.
 */
class CompiledRulesCacheIT {

    private static final Path JAR = Path.of("target/briefcheck.jar").toAbsolutePath();

    @TempDir
    Path home;

    private int java(Map<String, String> env, String... args) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Stream.concat(
                Stream.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-jar", JAR.toString()),
                Stream.of(args)).toList()).directory(home.toFile()).redirectOutput(home.resolve("out.txt").toFile())
                .redirectError(home.resolve("err.txt").toFile());
        builder.environment().remove("BRIEFCHECK_CACHE");
        builder.environment().put("HOME", home.toString());
        builder.environment().putAll(env);
        Process p = builder.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS));
        return p.exitValue();
    }

    @Test
    void keptUnderXdgCacheHomeByVersionAndNotAtAllWithNoCache() throws Exception {
        Path rules = Files.createDirectories(home.resolve("acme"));
        Files.writeString(rules.resolve("acme.drl"), """
                package acme;
                import io.briefcheck.model.*;
                import io.briefcheck.engine.Flag;
                global io.briefcheck.engine.Findings findings;
                rule "Acme briefs name a contact"
                    @id("acme/contact") @severity("warning") @title("Acme briefs name a contact person")
                    @why("w") @source("s") @bad("b") @good("g")
                when
                    $b : Brief( brand != null )
                then
                    findings.report(drools.getRule(), Flag.at($b, "brand", "Name a contact person.", "Add brand.contact."));
                end
                """);
        String brief = Path.of("briefs/spring-glow/brief.yaml").toAbsolutePath().toString();
        String[] check = {"check", "--fail-on", "never", "--no-default-rules", "--rules", rules.toString(), brief};

        Path xdg = home.resolve("xdg");
        assertEquals(0, java(Map.of("XDG_CACHE_HOME", xdg.toString()), check), () -> read("err.txt"));
        assertTrue(read("out.txt").contains("acme/contact"), () -> read("out.txt"));
        List<String> files;
        try (Stream<Path> list = Files.list(xdg.resolve("briefcheck"))) {
            files = list.map(f -> f.getFileName().toString()).toList();
        }
        assertEquals(1, files.size(), files::toString);
        assertTrue(files.get(0).matches("rules-\\d+\\.\\d+\\.\\d+[^_]*_[0-9a-f]{32}\\.bin"), files::toString);

        Path other = home.resolve("other");
        String[] noCache = Stream.concat(Stream.of(check), Stream.of("--no-cache")).toArray(String[]::new);
        assertEquals(0, java(Map.of("XDG_CACHE_HOME", other.toString()), noCache), () -> read("err.txt"));
        assertTrue(read("out.txt").contains("acme/contact"));
        assertFalse(Files.exists(other), "--no-cache writes no cache");
    }

    private String read(String name) {
        try {
            return Files.readString(home.resolve(name));
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
