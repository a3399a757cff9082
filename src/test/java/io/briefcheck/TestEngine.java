package io.briefcheck;

import io.briefcheck.analysis.Derivers;
import io.briefcheck.check.Checker;
import io.briefcheck.engine.Engine;
import io.briefcheck.core.RuleLoadException;
import io.briefcheck.load.Document;
import io.briefcheck.load.Loader;
import io.briefcheck.core.Finding;
import io.briefcheck.report.Report;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** The bundled rules, compiled once for the whole test run (as the CLI does once per process). */
public final class TestEngine {
    private static Engine engine;

    private TestEngine() {
    }

    public static synchronized Engine get() {
        if (engine == null) {
            try {
                engine = Engine.build(true, List.of(), Derivers.ALL);
            } catch (RuleLoadException e) {
                throw new AssertionError("bundled rules do not load:\n" + e.getMessage(), e);
            }
        }
        return engine;
    }

    public static Report check(Path file) {
        return check(get(), file);
    }

    /** Checks a file with the given engine (the bundled one with a listener attached, say). */
    public static Report check(Engine engine, Path file) {
        List<Document> docs = new Loader().loadFile(file, file.toString().replace('\\', '/'));
        return perRule(new Checker(engine, "test").check(docs, Checker.Options.DEFAULT));
    }

    public static Report checkText(String name, String yaml) {
        return checkText(get(), name, yaml);
    }

    public static Report checkText(Engine engine, String name, String yaml) {
        List<Document> docs = new Loader().loadBytes(name, yaml.getBytes(StandardCharsets.UTF_8));
        return perRule(new Checker(engine, "test").check(docs, Checker.Options.DEFAULT));
    }

    /**
     * The report with one finding per rule that fired: a finding that says one cause for several rules
     * is split back (see {@link Finding#unmerged()}), as rule tests judge each rule, not the report's shape.
     */
    private static Report perRule(Report merged) {
        List<Finding> findings = merged.findings().stream().flatMap(f -> f.unmerged().stream()).toList();
        return Report.of(merged.version(), merged.documents(), findings, merged.failOn(), merged.notices())
                .withMetrics(merged.metrics());
    }

    /** Findings one per line, "line:column rule message", for assertion messages. */
    public static String describe(List<Finding> findings) {
        StringBuilder sb = new StringBuilder();
        for (Finding f : findings) {
            sb.append("  ").append(f.line()).append(':').append(f.column()).append(' ').append(f.rule()).append(' ')
                    .append(f.message()).append('\n');
        }
        return sb.toString();
    }
}
