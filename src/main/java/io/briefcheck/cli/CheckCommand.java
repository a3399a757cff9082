package io.briefcheck.cli;

import io.briefcheck.check.Checker;
import io.briefcheck.check.ProjectLookup;
import io.briefcheck.check.StreamingCheck;
import io.briefcheck.core.Finding;
import io.briefcheck.report.DocumentResult;
import io.briefcheck.report.ReportCollector;
import io.briefcheck.report.ReportSink;
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
import java.io.Writer;
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

    @Option(names = "--no-project-lookup",
            description = "Do not look in the project's other files for a brief or post that a file given names but that is not given.")
    boolean noProjectLookup;

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
        if (loaded.sources().size() > Engine.SELECT_UP_TO) engine.buildEveryPackageAhead();
        new OutputTargets(reports, writeBaseline, baseline).check(loaded.files(), settings.file());
        RunSettings run = new RunSettings(marketCodes, day);
        Checker.Options options = new Checker.Options(threshold, only, disable, run, policy, limit);
        StreamingCheck check = new StreamingCheck(checker, options, loaded.sources());
        Path project = noProjectLookup ? null : ProjectLookup.root(settings.file());
        if (project != null) check.withLookup(new ProjectLookup(project, loaded.files(), policy::ignores, new Loader()));
        if (writeBaseline != null) {
            // the baseline needs the whole report: the findings it accepts, then the report as the next run sees it
            ReportCollector collected = new ReportCollector();
            check.run(collected, loaded.notices());
            Report report = collected.report();
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
            for (Output o : reports) {
                Target target = open(o, engine, report.failOn());
                try {
                    ReportSink.replay(report, target.sink());
                } catch (IOException e) {
                    throw target.failed(e);
                }
                target.close();
            }
            return report.failed() ? Main.FINDINGS : Main.OK;
        }
        // every report is written as the documents are checked: none is held whole (but the HTML page's)
        List<Target> targets = new ArrayList<>();
        boolean failed;
        try {
            for (Output o : reports) targets.add(open(o, engine, threshold));
            failed = check.run(ReportSink.all(targets.stream().map(Target::sink).toList()), loaded.notices());
            for (Target t : targets) t.close();
        } finally {
            for (Target t : targets) t.abandon();
        }
        return failed ? Main.FINDINGS : Main.OK;
    }

    /**
     * One report being written: its sink, and where it goes (a file put in place at the end, or the screen).
     * A write error in the middle of the run ends it with the message that names this report.
     */
    private final class Target {
        private final Output output;
        private final OutputFile.Open file;
        private final PrintWriter out;
        private final ReportSink sink;

        Target(Output output, OutputFile.Open file, PrintWriter out, ReportSink inner) {
            this.output = output;
            this.file = file;
            this.out = out;
            this.sink = new ReportSink() {
                @Override
                public void file(String name, List<DocumentResult> documents, List<Finding> findings) {
                    try {
                        inner.file(name, documents, findings);
                    } catch (IOException e) {
                        throw failed(e);
                    }
                }

                @Override
                public void end(Tail tail) {
                    try {
                        inner.end(tail);
                        out.flush();
                    } catch (IOException e) {
                        throw failed(e);
                    }
                }
            };
        }

        ReportSink sink() {
            return sink;
        }

        /** Puts the file in place, or checks that the screen took it all. */
        void close() {
            try {
                if (file != null) {
                    file.commit();
                } else if (out.checkError()) {
                    // standard output never throws; it only remembers that a write failed (a full disk, a closed pipe)
                    throw new IOException("the output was closed or is full");
                }
            } catch (IOException e) {
                throw failed(e);
            }
        }

        void abandon() throws IOException {
            if (file != null) file.abandon();
        }

        CannotRunException failed(IOException e) {
            return new CannotRunException("briefcheck: cannot write the " + output.format() + " report to "
                    + (output.file() != null ? output.file() : "the screen (standard output)") + ": " + OutputFile.reason(e) + ". "
                    + (output.file() != null ? "Choose another --output, or make room or permission for it."
                    : "Check that the output is not closed or full, or write the report with --output FILE."));
        }
    }

    private Target open(Output o, Engine engine, Severity failOn) {
        OutputFile.Open file = null;
        PrintWriter out;
        boolean colours = false;
        if (o.file() != null) {
            try {
                file = OutputFile.open(o.file());
            } catch (IOException e) {
                throw new Target(o, null, null, null).failed(e);
            }
            out = file.writer();
        } else {
            out = spec.commandLine().getOut();
            colours = useColour();
        }
        try {
            return new Target(o, file, out, sink(o.format(), engine, out, colours, failOn));
        } catch (IOException e) {
            throw new Target(o, file, out, null).failed(e);
        }
    }

    /** The files to check (read when their turn comes), every file named or found (ignored ones too: none may be written over), notes for the report. */
    private record Loaded(List<StreamingCheck.Source> sources, List<Path> files, List<String> notices) {
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
        List<StreamingCheck.Source> sources = new ArrayList<>();
        List<Path> read = new ArrayList<>();
        List<String> notices = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-")) {
                // standard input cannot be read twice: its documents are held
                List<Document> documents = loader.loadStream("<stdin>", System.in);
                sources.add(() -> documents);
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
            // files are read in parallel when checked (the loader keeps no state between files); the order stays the input's
            for (InputFiles.Entry e : found.entries()) {
                if (named || !policy.ignores(e.display())) sources.add(() -> e.load(loader));
            }
        }
        seen.notes().forEach(note -> spec.commandLine().getErr().println("briefcheck: " + note));
        return new Loaded(sources, read, notices);
    }

    /** The sink of one report format, writing to {@code pw}. */
    private ReportSink sink(Format format, Engine engine, PrintWriter pw, boolean colours, Severity failOn) throws IOException {
        return switch (format) {
            case json -> new JsonRenderer().sink(pw);
            case sarif -> new SarifRenderer(engine.catalog().all()).sink(pw);
            case junit -> new JUnitRenderer().sink(pw, failOn);
            case markdown -> new MarkdownRenderer().sink(pw);
            case html -> {
                // the page is one self-contained file: it is written from the whole report, at the end
                ReportCollector collected = new ReportCollector();
                yield new ReportSink() {
                    @Override
                    public void file(String file, List<DocumentResult> documents, List<Finding> findings) {
                        collected.file(file, documents, findings);
                    }

                    @Override
                    public void end(Tail tail) throws IOException {
                        collected.end(tail);
                        new HtmlRenderer(engine.catalog().all()).render(collected.report(), pw);
                    }
                };
            }
            case github -> {
                ReportSink summary = stepSummary();
                ReportSink commands = new GithubRenderer().sink(pw);
                yield summary == null ? commands : ReportSink.all(List.of(commands, summary));
            }
            default -> new TextRenderer(colours).sink(pw);
        };
    }

    /** GitHub shows the Markdown appended to $GITHUB_STEP_SUMMARY on the run's page; null when there is none. */
    private ReportSink stepSummary() {
        Path given = stepSummary;
        if (given == null) {
            String env = System.getenv("GITHUB_STEP_SUMMARY");
            if (env == null || env.isBlank()) return null;
            given = Path.of(env);
        }
        Path file = given;
        // the Markdown report writes everything at its end; the file is opened then
        Writer[] to = new Writer[1];
        PrintWriter pw = new PrintWriter(new Writer() {
            @Override
            public void write(char[] cbuf, int off, int len) throws IOException {
                to[0].write(cbuf, off, len);
            }

            @Override
            public void flush() throws IOException {
                if (to[0] != null) to[0].flush();
            }

            @Override
            public void close() throws IOException {
                if (to[0] != null) to[0].close();
            }
        });
        ReportSink markdown = new MarkdownRenderer().sink(pw);
        return new ReportSink() {
            @Override
            public void file(String name, List<DocumentResult> documents, List<Finding> findings) throws IOException {
                markdown.file(name, documents, findings);
            }

            @Override
            public void end(Tail tail) throws IOException {
                // appended, as GitHub expects: other steps write to the same summary
                try (PrintWriter out = pw) {
                    to[0] = Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                    markdown.end(tail);
                    out.println();
                    if (out.checkError()) throw new IOException("the job summary " + file + " could not be written");
                }
            }
        };
    }

    private boolean useColour() {
        if (colour == ColourMode.always) return true;
        if (colour == ColourMode.never) return false;
        String noColour = System.getenv("NO_COLOR");
        return System.console() != null && (noColour == null || noColour.isEmpty());
    }
}
