package io.briefcheck;

import io.briefcheck.analysis.Derivers;
import io.briefcheck.check.Checker;
import io.briefcheck.engine.Engine;
import io.briefcheck.core.RuleLoadException;
import io.briefcheck.load.Document;
import io.briefcheck.load.Loader;
import io.briefcheck.core.Finding;
import io.briefcheck.report.Report;
import io.briefcheck.core.Severity;
import io.briefcheck.model.RunSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

/** The bundled rules, compiled once for the whole test run (as the CLI does once per process). */
public final class TestEngine {
    /**
     * The day every test judges deadlines on, so no test depends on the real date: fixtures and README
     * samples are checked as on this day (the CLI's --today, fixed).
     */
    public static final LocalDate TODAY = LocalDate.of(2026, 11, 30);
    public static final Clock CLOCK = Clock.fixed(TODAY.atStartOfDay(ZoneOffset.UTC).toInstant(), ZoneOffset.UTC);
    /** The default options, on {@link #TODAY}. */
    public static final Checker.Options OPTIONS = new Checker.Options(Severity.ERROR, List.of(), List.of(),
            RunSettings.DEFAULT.on(TODAY));

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
        return new Checker(engine, "test").check(docs, OPTIONS);
    }

    public static Report checkText(String name, String yaml) {
        return checkText(get(), name, yaml);
    }

    public static Report checkText(Engine engine, String name, String yaml) {
        List<Document> docs = new Loader().loadBytes(name, yaml.getBytes(StandardCharsets.UTF_8));
        return new Checker(engine, "test").check(docs, OPTIONS);
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
