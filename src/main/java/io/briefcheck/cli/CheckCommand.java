package io.briefcheck.cli;

import io.briefcheck.check.Checker;
import io.briefcheck.engine.Engine;
import io.briefcheck.load.Document;
import io.briefcheck.load.InputFiles;
import io.briefcheck.load.Loader;
import io.briefcheck.load.MarketCodes;
import io.briefcheck.model.RunSettings;
import io.briefcheck.policy.Baseline;
import io.briefcheck.policy.Config;
import io.briefcheck.policy.ConfigException;
import io.briefcheck.policy.ConfigLoader;
import io.briefcheck.policy.Policy;
import io.briefcheck.report.GithubRenderer;
import io.briefcheck.report.HtmlRenderer;
import io.briefcheck.report.JUnitRenderer;
import io.briefcheck.report.JsonRenderer;
import io.briefcheck.report.MarkdownRenderer;
import io.briefcheck.report.SarifRenderer;
import io.briefcheck.report.Report;
import io.briefcheck.core.Severity;
import io.briefcheck.report.TextRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "check", mixinStandardHelpOptions = true,
        description = {"Check briefs, draft posts, creator profiles and results.",
            "PATH is a YAML file, a folder (searched for *.yaml and *.yml) or - for standard input."})
final class CheckCommand implements Callable<Integer> {

    enum Format { text, json, sarif, junit, github, markdown, html }

    enum ColourMode { auto, always, never }

    /** One report to write: its format, and its file (null: the screen). */
    record Output(Format format, Path file) {
    }

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "What to check (default: briefs/).")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT",
            description = "text (default), json, sarif, junit, github, markdown or html. Repeatable: each report goes "
                    + "to the --output given in the same order, or to the screen when there is none.")
    List<Format> formats = new ArrayList<>();

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write the report to FILE instead of the screen (the n-th --output is for the n-th --format).")
    List<Path> outputs = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at least this severe: error (default), warning, info or never.")
    String failOn;

    @Option(names = "--config", paramLabel = "FILE",
            description = "Settings file (default: the nearest .briefcheck.yaml in this folder or above).")
    Path config;

    @Option(names = "--no-config", description = "Do not look for a .briefcheck.yaml.")
    boolean noConfig;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Findings listed in FILE (from --write-baseline) do not count; only new ones fail the check.")
    Path baseline;

    @Option(names = "--write-baseline", paramLabel = "FILE",
            description = "Accept today's findings: write them to FILE for later --baseline runs.")
    Path writeBaseline;

    @Option(names = "--step-summary", paramLabel = "FILE",
            description = "With --format github, append a Markdown summary to FILE (default: $GITHUB_STEP_SUMMARY).")
    Path stepSummary;

    @Option(names = "--market", split = ",", paramLabel = "CODE",
            description = "Check for these markets (e.g. US,UK,NL) instead of each document's own.")
    List<String> markets = new ArrayList<>();

    @Option(names = "--today", paramLabel = "DATE",
            description = "Judge deadlines and waiver end dates as on DATE (YYYY-MM-DD) instead of today.")
    String today;

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "Report only these rules or namespaces (e.g. brief).")
    List<String> only = new ArrayList<>();

    @Option(names = "--disable", split = ",", paramLabel = "ID", description = "Do not report these rules or namespaces.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--follow-links", description = "Read files that links in a folder lead to outside that folder (skipped by default).")
    boolean followLinks;

    @Option(names = "--color", paramLabel = "WHEN", description = "Colour the text report: auto (default), always, never.")
    ColourMode colour = ColourMode.auto;

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @Mixin
    TimeLimitOption timeLimit = new TimeLimitOption();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What day it is when --today does not say (Main sets it; tests fix it). */
    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws IOException {
        Config settings = config();
        Severity threshold = failOn != null ? Severity.parse(failOn)
                : settings.failOn() != null ? settings.failOn() : Severity.ERROR;
        if (threshold == null) {
            throw new CannotRunException("briefcheck: --fail-on must be error, warning, info or never, not '" + failOn + "'.");
        }
        List<String> marketCodes = markets.stream().map(m -> m.strip().toUpperCase(Locale.ROOT)).filter(m -> !m.isEmpty()).toList();
        for (String m : marketCodes) {
            String wrong = MarketCodes.whyNot(m);
            if (wrong != null) throw new CannotRunException("briefcheck: --market " + wrong);
        }
        if (marketCodes.isEmpty()) marketCodes = settings.markets();
        List<Output> reports = reports();
        java.time.Duration limit = timeLimit.limit();
        List<String> inputs = paths.isEmpty() ? List.of("briefs/") : paths;
        ruleOptions.ruleDirs.addAll(settings.extraRules());
        Engine engine = ruleOptions.engine();
        Checker checker = new Checker(engine, Version.get());
        List<String> unknown = new ArrayList<>(checker.unknownSelectors(only));
        unknown.addAll(checker.unknownSelectors(disable));
        if (!unknown.isEmpty()) {
            List<String> close = new ArrayList<>();
            for (String u : unknown) close.addAll(engine.catalog().suggest(u));
            throw new CannotRunException("briefcheck: no rule is called " + String.join(", ", unknown) + "."
                    + (close.isEmpty() ? "" : " Did you mean " + String.join(", ", close.stream().distinct().toList()) + "?")
                    + " 'briefcheck rules' lists them all.");
        }
        LocalDate day = today();
        Policy policy = policy(settings, engine, baseline == null ? Baseline.EMPTY : readBaseline(baseline), day);
        Loaded loaded = load(inputs, policy);
        new OutputTargets(reports, writeBaseline, baseline).check(loaded.files(), settings.file());
        RunSettings run = new RunSettings(marketCodes, day);
        Report report = checker.check(loaded.documents(), new Checker.Options(threshold, only, disable, run, policy, limit))
                .withNotices(loaded.notices());
        if (writeBaseline != null) {
            // the findings just accepted no longer count, so this run reports as the next one will
            Baseline accepted = Baseline.of(report);
            try {
                OutputFile.write(writeBaseline, accepted::write);
            } catch (IOException e) {
                throw new CannotRunException("briefcheck: cannot write the baseline " + writeBaseline + ": "
                        + OutputFile.reason(e) + ". Choose another --write-baseline file, or make room or permission for it.");
            }
            spec.commandLine().getErr().println("briefcheck: wrote " + accepted.entries().size()
                    + " findings to the baseline " + writeBaseline + ".");
            report = Baseline.accepted(report);
        }
        for (Output o : reports) {
            try {
                write(report, o, engine);
            } catch (IOException e) {
                throw new CannotRunException("briefcheck: cannot write the " + o.format() + " report to "
                        + (o.file() != null ? o.file() : "the screen (standard output)") + ": " + OutputFile.reason(e) + ". "
                        + (o.file() != null ? "Choose another --output, or make room or permission for it."
                        : "Check that the output is not closed or full, or write the report with --output FILE."));
            }
        }
        return report.failed() ? Main.FINDINGS : Main.OK;
    }

    /** The documents read, every file named or found (ignored ones too: none may be written over), notes for the report. */
    private record Loaded(List<Document> documents, List<Path> files, List<String> notices) {
    }

    private Config config() {
        if (config != null && noConfig) throw new CannotRunException("briefcheck: --config and --no-config exclude each other.");
        Path file = config != null ? config : noConfig ? null : ConfigLoader.find(Path.of(""));
        if (file == null) return Config.NONE;
        if (!Files.isRegularFile(file)) throw new CannotRunException("briefcheck: " + file + ": no such configuration file.");
        try {
            return new ConfigLoader().load(file);
        } catch (ConfigException e) {
            throw new CannotRunException("briefcheck: " + e.getMessage());
        }
    }

    private LocalDate today() {
        if (today == null) return LocalDate.now(clock);
        try {
            return LocalDate.parse(today.strip());
        } catch (DateTimeParseException e) {
            throw new CannotRunException("briefcheck: --today takes a date such as 2027-03-01, not '" + today + "'.");
        }
    }

    private static Policy policy(Config settings, Engine engine, Baseline accepted, LocalDate today) {
        try {
            return Policy.of(settings, engine.catalog(), accepted, today);
        } catch (ConfigException e) {
            throw new CannotRunException("briefcheck: " + e.getMessage());
        }
    }

    private static Baseline readBaseline(Path file) {
        if (!Files.isRegularFile(file)) throw new CannotRunException("briefcheck: " + file + ": no such baseline file.");
        try {
            return Baseline.read(file);
        } catch (ConfigException e) {
            throw new CannotRunException("briefcheck: " + e.getMessage());
        }
    }

    /** Pairs each --format with the --output in the same place; one --output alone keeps the text report. */
    private List<Output> reports() {
        List<Format> fs = formats.isEmpty() ? List.of(Format.text) : formats;
        if (outputs.size() > fs.size()) {
            throw new CannotRunException("briefcheck: " + outputs.size() + " --output files for " + fs.size()
                    + " --format; give one --format for each --output, in the same order.");
        }
        List<Output> out = new ArrayList<>();
        for (int i = 0; i < fs.size(); i++) out.add(new Output(fs.get(i), i < outputs.size() ? outputs.get(i) : null));
        return out;
    }

    private Loaded load(List<String> inputs, Policy policy) throws IOException {
        Loader loader = new Loader();
        InputFiles seen = new InputFiles(followLinks);
        List<Document> documents = new ArrayList<>();
        List<Path> read = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-")) {
                documents.addAll(loader.loadStream("<stdin>", System.in));
                continue;
            }
            Path path = Path.of(input);
            if (!Files.exists(path) && paths.isEmpty()) {
                throw new CannotRunException("briefcheck: no files given, and there is no briefs/ folder here to check."
                        + " Name the files or folders to check, e.g. 'briefcheck check my-brief.yaml drafts/'"
                        + " ('briefcheck init brief > my-brief.yaml' starts a brief).");
            }
            if (!Files.exists(path)) {
                throw new CannotRunException("briefcheck: " + input + ": no such file or folder.");
            }
            InputFiles.Found found = seen.expand(input, path);
            if (found.files() == 0) {
                throw new CannotRunException("briefcheck: " + input + " holds no .yaml or .yml files.");
            }
            for (InputFiles.Entry e : found.entries()) if (e.file() != null) read.add(e.file());
            // a file named on the command line is checked even when ignore: matches it; ignore is for folders
            boolean named = found.entries().size() == 1 && path.equals(found.entries().get(0).file());
            if (named && policy.ignores(found.entries().get(0).display())) {
                notices.add(input + " is in the ignore list of " + policy.configName()
                        + ", but was checked because it was named on the command line.");
            }
            // files are read in parallel (the loader keeps no state between files); the order stays the input's
            documents.addAll(found.entries().parallelStream()
                    .flatMap(e -> !named && policy.ignores(e.display()) ? Stream.<Document>empty() : e.load(loader).stream())
                    .toList());
        }
        seen.notes().forEach(note -> spec.commandLine().getErr().println("briefcheck: " + note));
        return new Loaded(documents, read, notices);
    }

    private void write(Report report, Output target, Engine engine) throws IOException {
        if (target.file() != null) {
            OutputFile.write(target.file(), pw -> render(report, target.format(), engine, pw, false));
            return;
        }
        PrintWriter screen = spec.commandLine().getOut();
        render(report, target.format(), engine, screen, useColour());
        // standard output never throws; it only remembers that a write failed (a full disk, a closed pipe)
        if (screen.checkError()) throw new IOException("the output was closed or is full");
    }

    private void render(Report report, Format format, Engine engine, PrintWriter pw, boolean colours) throws IOException {
        switch (format) {
            case json -> new JsonRenderer().render(report, pw);
            case sarif -> new SarifRenderer(engine.catalog().all()).render(report, pw);
            case junit -> new JUnitRenderer().render(report, pw);
            case markdown -> new MarkdownRenderer().render(report, pw);
            case html -> new HtmlRenderer(engine.catalog().all()).render(report, pw);
            case github -> {
                new GithubRenderer().render(report, pw);
                writeStepSummary(report);
            }
            default -> new TextRenderer(colours).render(report, pw);
        }
        pw.flush();
    }

    /** GitHub shows the Markdown appended to $GITHUB_STEP_SUMMARY on the run's page. */
    private void writeStepSummary(Report report) throws IOException {
        Path file = stepSummary;
        if (file == null) {
            String env = System.getenv("GITHUB_STEP_SUMMARY");
            if (env == null || env.isBlank()) return;
            file = Path.of(env);
        }
        // appended, as GitHub expects: other steps write to the same summary
        try (PrintWriter pw = new PrintWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8,
                StandardOpenOption.CREATE, StandardOpenOption.APPEND))) {
            new MarkdownRenderer().render(report, pw);
            pw.println();
            if (pw.checkError()) throw new IOException("the job summary " + file + " could not be written");
        }
    }

    private boolean useColour() {
        if (colour == ColourMode.always) return true;
        if (colour == ColourMode.never) return false;
        String noColour = System.getenv("NO_COLOR");
        return System.console() != null && (noColour == null || noColour.isEmpty());
    }
}
