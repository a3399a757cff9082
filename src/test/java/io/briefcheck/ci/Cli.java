package io.briefcheck.ci;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.briefcheck.TestEngine;
import io.briefcheck.cli.Main;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Runs the command line in-process, as CI would run it, and keeps what it printed. */
final class Cli {

    /** The content repository the CI tests run through (.briefcheck.yaml, briefs, drafts, rules, archive). */
    static final String REPO = "src/test/resources/ci-repo";
    static final String CONFIG = REPO + "/.briefcheck.yaml";

    record Result(int code, String out, String err) {
    }

    private Cli() {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out, true), new PrintWriter(err, true), TestEngine.CLOCK);
        return new Result(code, out.toString(), err.toString());
    }

    /** The JSON report of a run (written to a file in {@code dir}), with the exit code added as "exit". */
    static JsonNode report(Path dir, String... args) throws IOException {
        Path out = dir.resolve("r" + System.nanoTime() + ".json");
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--format", "json", "--output", out.toString()));
        Result r = run(all.toArray(String[]::new));
        if (r.code() != 0 && r.code() != 1) throw new AssertionError("did not run: " + r.err());
        JsonNode n = new ObjectMapper().readTree(out.toFile());
        ((ObjectNode) n).put("exit", r.code());
        return n;
    }

    /** The findings of one rule in a JSON report, in report order. */
    static List<JsonNode> findings(JsonNode report, String rule) {
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) if (f.get("rule").asText().equals(rule)) out.add(f);
        return out;
    }

    /** A copy of the content repository in {@code dir}, for tests that edit files or the config. */
    static Path copyRepo(Path dir) throws IOException {
        Path from = Path.of(REPO);
        try (Stream<Path> walk = Files.walk(from)) {
            for (Path p : walk.toList()) {
                Path to = dir.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        return dir;
    }
}
