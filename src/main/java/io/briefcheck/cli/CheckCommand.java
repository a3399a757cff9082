package io.briefcheck.cli;

import io.briefcheck.engine.Checker;
import io.briefcheck.engine.Engine;
import io.briefcheck.load.Document;
import io.briefcheck.load.Loader;
import io.briefcheck.model.RunSettings;
import io.briefcheck.report.JsonRenderer;
import io.briefcheck.report.Report;
import io.briefcheck.report.Severity;
import io.briefcheck.report.TextRenderer;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

    enum Format { text, json }

    enum ColourMode { auto, always, never }

    @Parameters(paramLabel = "PATH", arity = "0..*", description = "What to check (default: briefs/).")
    List<String> paths = new ArrayList<>();

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text (default) or json.")
    Format format = Format.text;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write the report to FILE instead of the screen.")
    Path output;

    @Option(names = "--fail-on", paramLabel = "LEVEL",
            description = "Exit 1 when a finding is at least this severe: error (default), warning, info or never.")
    String failOn = "error";

    @Option(names = "--market", split = ",", paramLabel = "CODE",
            description = "Check for these markets (e.g. US,UK,NL) instead of each document's own.")
    List<String> markets = new ArrayList<>();

    @Option(names = "--only", split = ",", paramLabel = "ID", description = "Report only these rules or namespaces (e.g. brief).")
    List<String> only = new ArrayList<>();

    @Option(names = "--disable", split = ",", paramLabel = "ID", description = "Do not report these rules or namespaces.")
    List<String> disable = new ArrayList<>();

    @Option(names = "--color", paramLabel = "WHEN", description = "Colour the text report: auto (default), always, never.")
    ColourMode colour = ColourMode.auto;

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        Severity threshold = Severity.parse(failOn);
        if (threshold == null) {
            throw new CannotRunException("briefcheck: --fail-on must be error, warning, info or never, not '" + failOn + "'.");
        }
        List<String> marketCodes = markets.stream().map(m -> m.strip().toUpperCase(Locale.ROOT)).filter(m -> !m.isEmpty()).toList();
        for (String m : marketCodes) {
            if (!m.matches("[A-Z]{2}")) throw new CannotRunException("briefcheck: --market takes two-letter country codes such as US, UK or NL, not '" + m + "'.");
        }
        List<String> inputs = paths.isEmpty() ? List.of("briefs/") : paths;
        Engine engine = ruleOptions.engine();
        Checker checker = new Checker(engine, Version.get());
        List<String> unknown = new ArrayList<>(checker.unknownSelectors(only));
        unknown.addAll(checker.unknownSelectors(disable));
        if (!unknown.isEmpty()) {
            throw new CannotRunException("briefcheck: no rule is called " + String.join(", ", unknown)
                    + " (see 'briefcheck rules').");
        }
        List<Document> documents = load(inputs);
        Report report = checker.check(documents,
                new Checker.Options(threshold, only, disable, new RunSettings(marketCodes)));
        write(report);
        return report.failed() ? Main.FINDINGS : Main.OK;
    }

    private List<Document> load(List<String> inputs) throws IOException {
        Loader loader = new Loader();
        List<Document> documents = new ArrayList<>();
        for (String input : inputs) {
            if (input.equals("-")) {
                documents.addAll(loader.loadStream("<stdin>", System.in));
                continue;
            }
            Path path = Path.of(input);
            if (!Files.exists(path)) {
                throw new CannotRunException("briefcheck: " + input + ": no such file or folder.");
            }
            List<Path> files = Loader.expand(path);
            if (files.isEmpty()) {
                throw new CannotRunException("briefcheck: " + input + " holds no .yaml or .yml files.");
            }
            for (Path file : files) documents.addAll(loader.loadFile(file, display(input, path, file)));
        }
        return documents;
    }

    /** The file as the user would write it: relative to what they typed. */
    private static String display(String input, Path given, Path file) {
        if (file.equals(given)) return input.replace('\\', '/');
        String base = input.replace('\\', '/');
        if (!base.endsWith("/")) base += "/";
        if (base.equals("./")) base = "";
        return base + given.relativize(file).toString().replace('\\', '/');
    }

    private void write(Report report) throws IOException {
        boolean toFile = output != null;
        Writer writer = toFile
                ? Files.newBufferedWriter(output, StandardCharsets.UTF_8)
                : spec.commandLine().getOut();
        try {
            if (format == Format.json) {
                new JsonRenderer().render(report, writer);
            } else {
                PrintWriter pw = writer instanceof PrintWriter p ? p : new PrintWriter(writer);
                new TextRenderer(!toFile && useColour()).render(report, pw);
            }
        } finally {
            if (toFile) writer.close();
            else writer.flush();
        }
    }

    private boolean useColour() {
        if (colour == ColourMode.always) return true;
        if (colour == ColourMode.never) return false;
        String noColour = System.getenv("NO_COLOR");
        return System.console() != null && (noColour == null || noColour.isEmpty());
    }
}
