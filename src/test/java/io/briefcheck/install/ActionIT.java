package io.briefcheck.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shell steps of the GitHub Action (action.yml), run here as the runner would run them: each step's
 * {@code run} script under bash with its {@code env:}, the {@code ${{ }}} expressions replaced by the values a
 * workflow would give, and a fake runner environment (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP,
 * GITHUB_ACTION_PATH). Releases are served from a folder (file://) instead of GitHub.
 */
class ActionIT {

    private static final Path JAR = Path.of("target/briefcheck.jar").toAbsolutePath();
    private static final Pattern EXPRESSION = Pattern.compile("\\$\\{\\{\\s*(.+?)\\s*}}");

    @TempDir
    Path runner;

    private record Step(int exit, String log, Map<String, String> outputs) {
    }

    /** Runs the step named {@code name} of action.yml with the expressions' values from {@code context}. */
    private Step step(String name, Map<String, String> context) throws IOException, InterruptedException {
        JsonNode action = new ObjectMapper(new YAMLFactory()).readTree(Path.of("action.yml").toFile());
        JsonNode step = null;
        for (JsonNode s : action.path("runs").path("steps")) if (name.equals(s.path("name").asText())) step = s;
        assertTrue(step != null && step.has("run"), "action.yml has no shell step named " + name);
        assertEquals("bash", step.path("shell").asText());
        Path output = runner.resolve("output-" + name.hashCode());
        Files.deleteIfExists(output);
        Files.createFile(output);
        Path script = Files.writeString(runner.resolve("step.sh"), step.get("run").asText());
        ProcessBuilder builder = new ProcessBuilder("bash", "-e", script.toString()).directory(runner.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("GITHUB_OUTPUT", output.toString());
        env.put("GITHUB_STEP_SUMMARY", runner.resolve("summary.md").toString());
        env.put("RUNNER_TEMP", Files.createDirectories(runner.resolve("tmp")).toString());
        env.put("GITHUB_ACTION_PATH", Path.of("").toAbsolutePath().toString());
        env.put("GITHUB_WORKSPACE", runner.toString());
        env.put("GITHUB_ACTIONS", "true");
        step.path("env").fields().forEachRemaining(e -> env.put(e.getKey(), evaluate(e.getValue().asText(), context)));
        Process p = builder.start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the step did not finish");
        Map<String, String> outputs = new HashMap<>();
        for (String line : Files.readAllLines(output)) {
            int eq = line.indexOf('=');
            if (eq > 0) outputs.put(line.substring(0, eq), line.substring(eq + 1));
        }
        return new Step(p.exitValue(), log, outputs);
    }

    /** Each {@code ${{ a || b }}} becomes the first of a, b the context gives; an unknown name is an error here. */
    private static String evaluate(String value, Map<String, String> context) {
        Matcher m = EXPRESSION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String result = "";
            for (String name : m.group(1).split("\\s*\\|\\|\\s*")) {
                if (!context.containsKey(name)) throw new AssertionError("the test gives no value for " + name);
                if (!context.get(name).isEmpty()) { result = context.get(name); break; }
            }
            m.appendReplacement(out, Matcher.quoteReplacement(result));
        }
        return m.appendTail(out).toString();
    }

    private Map<String, String> download(String version, String actionRef, Path releases) {
        return Map.of("inputs.version", version, "github.action_ref", actionRef,
                "github.server_url", releases.toUri().toString().replaceAll("/$", ""));
    }

    private Path release(String version, String sum) throws IOException {
        Path dir = Files.createDirectories(runner.resolve("server/briefcheck/briefcheck/releases/download/v" + version));
        Files.copy(JAR, dir.resolve("briefcheck.jar"));
        Files.writeString(dir.resolve("SHA256SUMS"), sum + "  briefcheck.jar\n" + "0".repeat(64) + "  briefcheck-" + version + "-linux-x64.tar.gz\n");
        return runner.resolve("server");
    }

    private static String sha256(Path file) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    }

    @Test
    void downloadsTheReleaseOfItsTagAndChecksItsSum() throws Exception {
        Path server = release("1.2.3", sha256(JAR));
        Step got = step("Download the released jar", download("", "v1.2.3", server));
        assertEquals(0, got.exit(), got.log());
        assertTrue(got.outputs().get("jar").endsWith("briefcheck-1.2.3/briefcheck.jar"), got.outputs()::toString);
        assertEquals(sha256(JAR), sha256(Path.of(got.outputs().get("jar"))));
        assertEquals(null, got.outputs().get("build"));
    }

    @Test
    void aJarThatDoesNotMatchItsSumIsNotRun() throws Exception {
        Path server = release("1.2.3", "ab".repeat(32));
        Step got = step("Download the released jar", download("1.2.3", "main", server));
        assertEquals(2, got.exit(), got.log());
        assertTrue(got.log().contains("::error title=briefcheck::the downloaded briefcheck.jar of v1.2.3 does not match"), got.log());
        assertEquals(null, got.outputs().get("jar"));
    }

    @Test
    void atABranchOrWithoutARelease_itBuildsFromSource() throws Exception {
        Path server = Files.createDirectories(runner.resolve("empty"));
        Step branch = step("Download the released jar", download("", "main", server));
        assertEquals(0, branch.exit(), branch.log());
        assertEquals("true", branch.outputs().get("build"));
        Step missing = step("Download the released jar", download("9.9.9", "", server));
        assertEquals(0, missing.exit(), missing.log());
        assertEquals("true", missing.outputs().get("build"));
        assertTrue(missing.log().contains("::warning title=briefcheck::no release v9.9.9"), missing.log());
    }

    @Test
    void theRunStepPrintsTheReportAnnotatesWritesSarifAndTheSummaryAndKeepsTheExitCode() throws Exception {
        Path briefs = Path.of("briefs").toAbsolutePath();
        Map<String, String> context = new HashMap<>(Map.of("steps.release.outputs.jar", JAR.toString(), "steps.build.outputs.jar", "",
                "inputs.paths", briefs.resolve("mistakes/no-payment-terms.yaml") + " " + briefs.resolve("spring-glow"),
                "inputs.fail-on", "", "inputs.config", "", "inputs.baseline", "", "inputs.sarif-file", "out.sarif"));
        Step run = step("Run briefcheck", context);
        assertEquals(0, run.exit(), "the step itself passes; the exit code is its output: " + run.log());
        assertEquals("1", run.outputs().get("exit-code"));
        assertTrue(run.log().contains("::error file="), "annotations: " + run.log());
        assertTrue(run.log().contains("error    brief/missing-payment-terms"), "the text report: " + run.log());
        assertTrue(Files.readString(runner.resolve("out.sarif")).contains("brief/missing-payment-terms"), "the SARIF report");
        assertTrue(Files.readString(runner.resolve("summary.md")).contains("brief/missing-payment-terms"));

        context.put("inputs.fail-on", "never");
        assertEquals("0", step("Run briefcheck", context).outputs().get("exit-code"));
        context.put("inputs.config", "no-such-config.yaml");
        assertEquals("2", step("Run briefcheck", context).outputs().get("exit-code"));
    }
}
