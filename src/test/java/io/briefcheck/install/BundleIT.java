package io.briefcheck.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Linux x64 bundle (target/briefcheck-VERSION-linux-x64.tar.gz, made by src/bundle/make-bundle.sh in the
 * build's {@code bundle} profile) as a user without Java gets it: unpacked somewhere else, run through its
 * bin/briefcheck with a PATH that holds no {@code java}, only the few tools the launcher itself uses.
 * Skipped when the build made no bundle (no jlink, not Linux x64, or -P!bundle).
 */
class BundleIT {

    private static final String TODAY = "2026-11-30";

    @TempDir
    static Path home;

    private static Path bundle;
    private static Path path;

    @BeforeAll
    static void unpack() throws Exception {
        Path tarball;
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            tarball = files.filter(f -> f.getFileName().toString().matches("briefcheck-.+-linux-x64\\.tar\\.gz"))
                    .findFirst().orElse(null);
        }
        assumeTrue(tarball != null, "no bundle in target/ (the build's bundle profile needs Linux x64 and jlink)");
        Process tar = new ProcessBuilder("tar", "-xzf", tarball.toAbsolutePath().toString(), "-C", home.toString())
                .inheritIO().start();
        assertTrue(tar.waitFor(60, TimeUnit.SECONDS) && tar.exitValue() == 0, "tar could not unpack " + tarball);
        bundle = home.resolve(tarball.getFileName().toString().replace(".tar.gz", ""));
        path = Files.createDirectories(home.resolve("path"));
        // the launcher's own tools (its #!/bin/sh needs no PATH), each a script that runs the real one
        for (String tool : List.of("dirname", "readlink", "cat", "rm")) {
            Path found = Stream.of("/usr/bin", "/bin").map(d -> Path.of(d, tool)).filter(Files::isExecutable)
                    .findFirst().orElseThrow(() -> new IllegalStateException("no " + tool + " in /usr/bin or /bin"));
            Path script = Files.writeString(path.resolve(tool), "#!/bin/sh\nexec " + found + " \"$@\"\n");
            script.toFile().setExecutable(true);
        }
    }

    private static ProcessBuilder launcher(String... args) {
        List<String> cmd = new ArrayList<>(List.of(bundle.resolve("bin/briefcheck").toString()));
        cmd.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(cmd).directory(home.toFile());
        builder.environment().clear();
        builder.environment().put("PATH", path.toString());
        builder.environment().put("HOME", home.toString());
        builder.environment().put("LANG", "C.UTF-8");
        return builder;
    }

    private record Run(int exit, String out, String err) {
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        Path out = home.resolve("out.txt");
        Path err = home.resolve("err.txt");
        Process p = launcher(args).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the bundle's briefcheck did not finish");
        return new Run(p.exitValue(), Files.readString(out), Files.readString(err));
    }

    @Test
    void checksWithItsOwnRuntimeAndRecordsTheClassDataArchiveForItsNewPlace() throws Exception {
        assertFalse(Files.exists(path.resolve("java")));
        Run good = run("check", "--today", TODAY, "examples/" + "spring-glow");
        assertEquals(2, good.exit(), "relative paths are the user's, not the bundle's: " + good);
        good = run("check", "--today", TODAY, bundle.resolve("examples/spring-glow").toString());
        assertEquals(0, good.exit(), good::toString);
        assertTrue(good.out().contains("4 passed, 0 failed"), good::toString);
        assertEquals("", good.err());
        assertEquals(bundle.toString(), Files.readString(bundle.resolve("lib/briefcheck.jsa.where")).strip(),
                "the first run in a new place records the class-data archive there");

        Run bad = run("check", "--today", TODAY, "--format", "json", bundle.resolve("examples/mistakes/no-payment-terms.yaml").toString());
        assertEquals(1, bad.exit(), bad::toString);
        assertTrue(bad.out().contains("\"brief/missing-payment-terms\""), bad::toString);
    }

    @Test
    void servesTheWebPageAndItsApi() throws Exception {
        Process serve = launcher("serve", "--port", "0").redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8))) {
            String line = out.readLine();
            assertTrue(line != null && line.startsWith("briefcheck is running at "), "first line: " + line);
            String url = line.substring("briefcheck is running at ".length()).split("\\s+")[0];
            String yaml = Files.readString(bundle.resolve("examples/mistakes/no-payment-terms.yaml"));
            HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            HttpResponse<String> check = HttpClient.newHttpClient().send(
                    HttpRequest.newBuilder(URI.create(url.replaceAll("/$", "") + "/api/check?name=brief.yaml"))
                            .header("Content-Type", "application/yaml")
                            .POST(HttpRequest.BodyPublishers.ofString(yaml)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, check.statusCode(), check::body);
            assertTrue(check.body().contains("brief/missing-payment-terms"), check::body);
        } finally {
            serve.destroy();
            assertTrue(serve.waitFor(30, TimeUnit.SECONDS), "serve did not stop on SIGTERM");
        }
    }
}
