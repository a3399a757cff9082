package io.briefcheck;

import io.briefcheck.analysis.Derivers;
import io.briefcheck.check.Checker;
import io.briefcheck.engine.Engine;
import io.briefcheck.core.RuleLoadException;
import io.briefcheck.load.Document;
import io.briefcheck.load.Loader;
import io.briefcheck.core.Finding;
import io.briefcheck.engine.RuleFolder;
import io.briefcheck.report.Report;
import java.io.IOException;
import java.io.UncheckedIOException;
import io.briefcheck.core.Severity;
import io.briefcheck.model.RunSettings;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.Comparator;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

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
    /** Engines without some rule folders, by the folders left out ("uwg eu"). */
    private static final Map<String, Engine> WITHOUT = new ConcurrentHashMap<>();
    /** A fixture's first line that leaves rule folders out: {@code # rules: without uwg/ eu/}. */
    private static final Pattern WITHOUT_HEADER = Pattern.compile("^#\\s*rules:\\s*without\\s+(.+)$");
    /** A fixture's first line that adds a rule folder beside it: {@code # rules: with looping/}. */
    private static final Pattern WITH_HEADER = Pattern.compile("^#\\s*rules:\\s*with\\s+(\\S+)$");
    /** A fixture's comment line that sets the time limit: {@code # time limit: 1 s}. */
    private static final Pattern TIME_LIMIT = Pattern.compile("^#\\s*time limit:\\s*(\\d+)\\s*s$");
    /** Engines with a fixture's own rule folder added, by the folder. */
    private static final Map<Path, Engine> WITH = new ConcurrentHashMap<>();

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

    /**
     * The engine a fixture asks for: the bundled rules, or, when its first line is
     * {@code # rules: without uwg/ eu/}, the bundled rules less those folders (what a user running
     * {@code --no-default-rules --rules} with a copy lacking them gets).
     */
    public static Engine engineFor(Path file) {
        String first;
        try (Stream<String> lines = Files.lines(file)) {
            first = lines.findFirst().orElse("");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Matcher with = WITH_HEADER.matcher(first.strip());
        if (with.find()) return WITH.computeIfAbsent(file.getParent().resolve(with.group(1)).normalize(), TestEngine::with);
        Matcher m = WITHOUT_HEADER.matcher(first.strip());
        if (!m.find()) return get();
        List<String> skip = Arrays.stream(m.group(1).strip().split("\\s+")).map(s -> s.replaceAll("/+$", "")).sorted().toList();
        return WITHOUT.computeIfAbsent(String.join(" ", skip), k -> without(skip));
    }

    private static Engine with(Path folder) {
        try {
            return Engine.build(true, List.of(RuleFolder.of(folder)), Derivers.ALL);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuleLoadException e) {
            throw new AssertionError("the rules with " + folder + " do not load:\n" + e.getMessage(), e);
        }
    }

    private static Engine without(List<String> skip) {
        Path rules = Path.of("rules");
        try {
            Path copy = Files.createTempDirectory("briefcheck-rules-");
            try (Stream<Path> walk = Files.walk(rules)) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    Path rel = rules.relativize(p);
                    if (skip.contains(rel.getName(0).toString())) continue;
                    Path to = copy.resolve(rel.toString());
                    Files.createDirectories(to.getParent());
                    Files.copy(p, to);
                }
            }
            try {
                return Engine.build(false, List.of(RuleFolder.of(copy)), Derivers.ALL);
            } finally {
                try (Stream<Path> walk = Files.walk(copy)) {
                    for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.delete(p);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (RuleLoadException e) {
            throw new AssertionError("the rules without " + skip + " do not load:\n" + e.getMessage(), e);
        }
    }

    public static Report check(Path file) {
        return check(get(), file);
    }

    /** Checks a file with the given engine (the bundled one with a listener attached, say). */
    public static Report check(Engine engine, Path file) {
        List<Document> docs = new Loader().loadFile(file, file.toString().replace('\\', '/'));
        return perRule(new Checker(engine, "test").check(docs, OPTIONS.withTimeLimit(timeLimit(file))));
    }

    /** The time limit a fixture sets in a leading comment ({@code # time limit: 1 s}), or the default. */
    private static Duration timeLimit(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.takeWhile(l -> l.startsWith("#")).map(l -> TIME_LIMIT.matcher(l.strip()))
                    .filter(Matcher::find).map(m -> Duration.ofSeconds(Long.parseLong(m.group(1))))
                    .findFirst().orElse(OPTIONS.timeLimit());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Report checkText(String name, String yaml) {
        return checkText(get(), name, yaml);
    }

    public static Report checkText(Engine engine, String name, String yaml) {
        List<Document> docs = new Loader().loadBytes(name, yaml.getBytes(StandardCharsets.UTF_8));
        return perRule(new Checker(engine, "test").check(docs, OPTIONS));
    }

    /** The same, the files the text names ({@code image:}, {@code file:}) read from {@code folder}. */
    public static Report checkText(Engine engine, String name, String yaml, Path folder) {
        List<Document> docs = new Loader().loadBytes(name, yaml.getBytes(StandardCharsets.UTF_8), folder);
        return perRule(new Checker(engine, "test").check(docs, OPTIONS));
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
