package io.briefcheck.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.briefcheck.TestEngine;
import io.briefcheck.cli.Main;
import io.briefcheck.engine.Engine;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/**
 * Runs {@code briefcheck check --format json} in this process on one {@link Plan}, with the bundled
 * rules compiled once, and says what every run must keep to, whatever the input: an exit code of 0,
 * 1 or 2 that agrees with the findings; no stack trace; every file and every document in the report,
 * each finding at a document and a line of it; statuses that agree with the findings; the report's
 * documented bounds (messages, suggestions, findings per rule); no bundled rule failing; and a text
 * report, when asked for, without raw control characters.
 */
final class Fuzzer implements AutoCloseable {

    /** A run that takes longer than this is stopped being waited for, and is a failure. */
    static final long HANG_SECONDS = 60;
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LINES = Pattern.compile("\r\n|\n|\r");
    private static final Map<String, Integer> RANK = Map.of("info", 1, "warning", 2, "error", 3, "never", 4);

    private final Engine engine = TestEngine.get();
    private final ExecutorService runner = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "briefcheck-fuzz");
        t.setDaemon(true);
        return t;
    });

    /** Runs the check on the plan's paths; a run still going after {@link #HANG_SECONDS} is an AssertionError. */
    Outcome run(Plan plan) throws IOException {
        // the inputs are temporary files: the project lookup would search this repository's own examples and fixtures
        List<String> args = new ArrayList<>(List.of("check", "--no-config", "--no-project-lookup", "--today", TestEngine.TODAY.toString()));
        args.addAll(plan.options);
        args.addAll(List.of("--format", "json"));
        args.add("--");
        args.addAll(plan.paths);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Map<Long, Long> before = allocatedByThread();
        long started = System.nanoTime();
        Future<Integer> exit = runner.submit(() -> Main.run(args.toArray(String[]::new), new PrintWriter(out, true),
                new PrintWriter(err, true), TestEngine.CLOCK, engine));
        int code;
        try {
            code = exit.get(HANG_SECONDS, TimeUnit.SECONDS);
        } catch (TimeoutException e) {
            exit.cancel(true);
            throw new AssertionError("still running after " + HANG_SECONDS + " s");
        } catch (ExecutionException e) {
            throw new AssertionError("Main.run threw " + e.getCause(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted");
        }
        long nanos = System.nanoTime() - started;
        long allocated = allocatedSince(before);
        JsonNode report = null;
        String text = out.toString();
        if (text.startsWith("{")) {
            try {
                report = JSON.readTree(text);
            } catch (IOException e) {
                report = null;
            }
        }
        return new Outcome(code, text, err.toString(), report, plan.textReport(), nanos, allocated);
    }

    @Override
    public void close() {
        runner.shutdownNow();
    }

    /** Bytes allocated by each live thread so far (the check reads files and runs groups in parallel). */
    private static Map<Long, Long> allocatedByThread() {
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long[] ids = threads.getAllThreadIds();
        long[] bytes = threads.getThreadAllocatedBytes(ids);
        Map<Long, Long> out = new HashMap<>();
        for (int i = 0; i < ids.length; i++) if (bytes[i] >= 0) out.put(ids[i], bytes[i]);
        return out;
    }

    private static long allocatedSince(Map<Long, Long> before) {
        long sum = 0;
        for (Map.Entry<Long, Long> e : allocatedByThread().entrySet()) sum += e.getValue() - before.getOrDefault(e.getKey(), 0L);
        return sum;
    }

    /** Every invariant, then the plan's own expectations; the first broken one is thrown. */
    static void check(Plan plan, Outcome o) throws IOException {
        o.require(o.exit() == 0 || o.exit() == 1 || o.exit() == 2, "exit code " + o.exit());
        for (String trace : List.of("Exception", "\tat ", "This is a bug in briefcheck", "Error:")) {
            o.require(!o.err().contains(trace), "stderr holds '" + trace.strip() + "'");
        }
        o.require(!o.out().contains("\tat ") && !o.out().contains("This is a bug in briefcheck"), "stdout holds a stack trace");
        o.require(o.report() != null, "a JSON report on stdout");
        o.require(o.err().lines().allMatch(l -> l.startsWith("briefcheck: ")), "stderr holds only briefcheck's notes");
        everyDocument(plan, o);
        findingsInPlace(plan, o);
        exitAgrees(plan, o);
        if (o.text() != null) {
            o.text().chars().filter(c -> (c < 0x20 && c != '\n') || c == 0x7F || (c >= 0x80 && c < 0xA0)).findFirst().ifPresent(c ->
                    o.require(false, String.format("the text report holds the raw control character U+%04X", c)));
        }
        for (Plan.Expectation e : plan.expectations) {
            try {
                e.check(o);
            } catch (AssertionError | RuntimeException x) {
                throw new AssertionError(e + ": " + x.getMessage(), x);
            }
        }
    }

    /** Each file's documents, 0 to n-1 in order, n as the oracle says, and no file the plan did not name. */
    private static void everyDocument(Plan plan, Outcome o) {
        Map<String, List<Integer>> seen = new HashMap<>();
        for (JsonNode d : o.report().get("documents")) seen.computeIfAbsent(d.get("file").asText(), k -> new ArrayList<>()).add(d.get("index").asInt());
        for (Map.Entry<String, Integer> e : plan.documents.entrySet()) {
            List<Integer> indexes = seen.getOrDefault(e.getKey(), List.of());
            List<Integer> expected = java.util.stream.IntStream.range(0, e.getValue()).boxed().toList();
            o.require(indexes.equals(expected), e.getKey().replace("\n", "\\n") + ": documents " + indexes + ", not " + expected);
        }
        Set<String> extra = new HashSet<>(seen.keySet());
        extra.removeAll(plan.documents.keySet());
        o.require(extra.isEmpty(), "files in the report that were not expected: " + extra);
        o.require(o.report().at("/summary/documents").asInt() == o.report().get("documents").size(), "summary.documents counts the documents");
    }

    /** Each finding at a document of the report and a line of its file, within the documented sizes; no rule failed. */
    private static void findingsInPlace(Plan plan, Outcome o) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        Map<String, Integer> perRule = new HashMap<>();
        for (JsonNode f : o.report().get("findings")) {
            String file = f.get("file").asText();
            String document = Outcome.documentFile(f);
            int index = f.get("index").asInt();
            String rule = f.get("rule").asText();
            o.require(o.document(document, index) != null, rule + " at a document that is not in the report: " + document + "#" + index);
            o.require(!rule.equals("engine/rule-failed"), "a bundled rule failed: " + f.get("message").asText());
            o.require(!rule.equals("engine/timeout"), "the check ran past its time limit");
            int max = lines.computeIfAbsent(file, Fuzzer::lineCount);
            int line = f.get("line").asInt();
            o.require(line >= 1 && line <= max && f.get("column").asInt() >= 1,
                    rule + " at " + line + ":" + f.get("column").asInt() + ", outside the file's " + max + " lines");
            o.require(f.get("message").asText().length() <= 1000 && f.path("fix").asText().length() <= 1000,
                    rule + ": a message or fix over 1,000 characters");
            o.require(f.path("suggestion").asText().length() <= 10_000, rule + ": a suggestion over 10,000 characters");
            int n = perRule.merge(rule + " " + document + "#" + index, 1, Integer::sum);
            o.require(n <= 21, "more than 21 findings of " + rule + " in one document");
        }
    }

    /** The lines of a file as an editor counts them (a line after the last line break too); 1 for anything not a regular file. */
    private static int lineCount(String file) {
        try {
            Path p = Path.of(file);
            if (!Files.isRegularFile(p)) return 1;
            return LINES.split(new String(Files.readAllBytes(p), StandardCharsets.UTF_8), -1).length;
        } catch (IOException | RuntimeException e) {
            return 1;
        }
    }

    /**
     * Exit 1 exactly when a finding that counts is at or above --fail-on; a document's status agrees
     * with its findings (with --fail-on never, as with error: Checker keeps statuses informative).
     */
    private static void exitAgrees(Plan plan, Outcome o) {
        int idx = plan.options.indexOf("--fail-on");
        int failOn = RANK.get(idx < 0 ? "error" : plan.options.get(idx + 1));
        // with --fail-on never the exit is 0, and a document's status still says whether it has errors
        int statusOn = Math.min(failOn, RANK.get("error"));
        boolean fails = false;
        Map<String, Boolean> docFails = new HashMap<>();
        Map<String, Boolean> docHasInput = new HashMap<>();
        for (JsonNode f : o.report().get("findings")) {
            String key = Outcome.documentFile(f) + "#" + f.get("index").asInt();
            int severity = RANK.get(f.get("severity").asText());
            fails |= !f.has("suppressed") && severity >= failOn;
            docFails.merge(key, !f.has("suppressed") && severity >= statusOn, Boolean::logicalOr);
            String rule = f.get("rule").asText();
            docHasInput.merge(key, rule.startsWith("input/") || rule.startsWith("engine/"), Boolean::logicalOr);
        }
        o.require(o.exit() == (fails ? 1 : 0), "exit " + o.exit() + ", but findings that count: " + fails);
        for (JsonNode d : o.report().get("documents")) {
            String key = d.get("file").asText() + "#" + d.get("index").asInt();
            String status = d.get("status").asText();
            if (status.equals("error")) o.require(docHasInput.getOrDefault(key, false), key + " has status error without an input/ finding");
            if (status.equals("fail")) o.require(docFails.getOrDefault(key, false), key + " has status fail without a finding that counts");
            if (status.equals("pass")) o.require(!docFails.getOrDefault(key, false), key + " passes with a finding that counts");
        }
    }
}
