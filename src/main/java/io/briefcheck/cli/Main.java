package io.briefcheck.cli;

import io.briefcheck.engine.Engine;
import io.briefcheck.load.KindGuess;
import io.briefcheck.model.Located;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.time.Clock;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code briefcheck} command and its subcommands. Exit codes: 0 ok, 1 findings, 2 could not run. */
@Command(name = "briefcheck",
        mixinStandardHelpOptions = true,
        versionProvider = Version.class,
        description = {
            "Checks influencer-marketing briefs and draft posts before they go out.",
            "",
            "Examples:",
            "  briefcheck check briefs/                 check every file in a folder",
            "  briefcheck check draft.yaml --market UK  check a draft for the UK",
            "  briefcheck init brief > my-brief.yaml    start a brief from a template",
            "  briefcheck explain ftc/label-buried      what a rule checks, and why",
            "  briefcheck serve                         the web page (127.0.0.1:8080)"},
        footer = {"", "Exit codes: 0 nothing at or above --fail-on, 1 findings at or above it, 2 briefcheck could not run."})
public final class Main implements Runnable {

    /** The subcommands, in the order the help lists them. */
    private static final Map<String, Supplier<Object>> COMMANDS = new LinkedHashMap<>();

    static {
        COMMANDS.put("check", CheckCommand::new);
        COMMANDS.put("rules", RulesCommand::new);
        COMMANDS.put("explain", ExplainCommand::new);
        COMMANDS.put("init", InitCommand::new);
        COMMANDS.put("serve", ServeCommand::new);
        COMMANDS.put("help", CommandLine.HelpCommand::new);
    }

    public static final int OK = 0;
    public static final int FINDINGS = 1;
    public static final int CANNOT_RUN = 2;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        // the report is written in blocks, not flushed line by line: 10,000 documents' text report is about 80,000
        // lines, and a write to the terminal or pipe for each took about 0.3 s (docs/performance.md); a command
        // that must show a line at once (serve) flushes it, and everything is flushed before Java exits
        PrintWriter out = new PrintWriter(System.out, false);
        int code;
        try {
            code = run(args, out, err);
        } catch (OutOfMemoryError e) {
            err.println(OUT_OF_MEMORY);
            code = CANNOT_RUN;
        } finally {
            out.flush();
        }
        System.exit(code);
    }

    /** What a run that filled Java's heap says instead of a stack trace. */
    static final String OUT_OF_MEMORY = "briefcheck: ran out of memory (Java's heap is full) and stopped: the report is incomplete. Check fewer "
            + "files at once, or give Java more memory, e.g. JAVA_TOOL_OPTIONS=-Xmx4g briefcheck check ...";

    /** Runs the CLI with the given streams; used by main and by tests. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        return run(args, out, err, Clock.systemUTC());
    }

    /** The same, with the clock that says what day it is (deadlines, waiver expiry): tests pass a fixed one. */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock) {
        return run(args, out, err, clock, null);
    }

    /**
     * The same, with the bundled rules already compiled into {@code bundled} (null: compile them, as
     * every process does): a test that runs {@code check} thousands of times compiles them once.
     * {@code --rules}, {@code --no-default-rules} and a configuration's {@code extra_rules} still build
     * their own.
     */
    public static int run(String[] args, PrintWriter out, PrintWriter err, Clock clock, Engine bundled) {
        Supplier<Engine> rules = bundled != null ? () -> bundled : buildEarly(args);
        CommandLine cli = new CommandLine(new Main());
        // picocli reads a command's options from its annotations when it is added, a few ms each at start-up:
        // a run of one command adds only that one; anything else (help, a typo) gets them all
        boolean one = args.length > 0 && COMMANDS.containsKey(args[0]) && !args[0].equals("help");
        for (Map.Entry<String, Supplier<Object>> c : COMMANDS.entrySet()) {
            if (one && !args[0].equals(c.getKey())) continue;
            Object command = c.getValue().get();
            if (command instanceof CheckCommand check) {
                check.clock = clock;
                check.ruleOptions.bundled = rules;
            } else if (command instanceof ServeCommand serve) {
                serve.clock = clock;
            }
            cli.addSubcommand(c.getKey(), command);
        }
        cli.setOut(out);
        cli.setErr(err);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setParameterExceptionHandler(Main::badArguments);
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> {
            if (e instanceof CannotRunException) {
                commandLine.getErr().println(e.getMessage());
                return CANNOT_RUN;
            }
            commandLine.getErr().println("briefcheck: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            if (System.getenv("BRIEFCHECK_DEBUG") != null) e.printStackTrace(commandLine.getErr());
            else commandLine.getErr().println("This is a bug in briefcheck; set BRIEFCHECK_DEBUG=1 to see details, and please report it.");
            return CANNOT_RUN;
        });
        return cli.execute(args);
    }

    /**
     * For a check of the bundled rules, their engine built on another thread while picocli reads the command
     * line (about 0.1 s of a one-file check each, on different cores); null when it cannot be used. The
     * supplier gives null when the build failed: the command then builds it again and reports why.
     * <p>
     * That thread then builds the rule packages that the documents named on the command line need by their kind
     * alone (a brief's three), while this thread reads the command line and the files ({@link KindGuess},
     * {@link Engine#buildAheadFor}): a one-file check of a brief about 0.02 s sooner (docs/performance.md).
     */
    private static Supplier<Engine> buildEarly(String[] args) {
        if (args.length == 0 || !args[0].equals("check")) return null;
        List<String> named = new java.util.ArrayList<>();
        boolean options = true;
        for (int i = 1; i < args.length; i++) {
            String a = args[i];
            if (options && a.equals("--")) {
                options = false;
            } else if (options && (a.startsWith("--rules") || a.equals("--no-default-rules"))) {
                return null;
            } else if (!options || !a.startsWith("-")) {
                named.add(a); // a path, or an option's value: a guess skips what is not a document
            }
        }
        java.util.concurrent.CompletableFuture<Engine> task = new java.util.concurrent.CompletableFuture<>();
        Thread t = new Thread(() -> {
            Engine engine;
            try {
                engine = Engine.build(true, List.of(), io.briefcheck.analysis.Derivers.ALL);
            } catch (Throwable e) {
                task.completeExceptionally(e);
                return;
            }
            task.complete(engine);
            // the command does not wait for this: a group checked before it is ready builds its own rules
            try {
                Set<Class<? extends Located>> kinds = KindGuess.of(named, Engine.SELECT_UP_TO);
                Runnable ahead = kinds == null ? null : engine.buildAheadFor(kinds);
                if (ahead != null) ahead.run(); // a failed build is the group's to report, when it builds its own
            } catch (RuntimeException e) {
                // only a guess: the run goes on as if none was made
            }
        }, "briefcheck-rules");
        t.setDaemon(true);
        t.start();
        return () -> task.exceptionally(e -> null).join();
    }

    /**
     * A mistyped command or option: one line saying what was wrong and what to do, not the whole help
     * (which is one {@code --help} away). Exit 2, like any run that could not start.
     */
    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine where = e.getCommandLine();
        PrintWriter err = where.getErr();
        String command = where.getCommandSpec().qualifiedName(" ");
        String help = "'" + command + " --help'";
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            List<String> near = u.getSuggestions().stream().filter(s -> !s.equals("help")).toList();
            if (arg.startsWith("-")) {
                err.println(command + ": there is no option " + arg + " here."
                        + (near.isEmpty() ? "" : " Did you mean " + String.join(" or ", near) + "?")
                        + " " + help + " lists the options.");
            } else if (where.getSubcommands().isEmpty()) {
                err.println(command + ": did not expect '" + arg + "' here. " + help + " shows what it takes.");
            } else {
                err.println(command + ": '" + arg + "' is not a command."
                        + (near.isEmpty() ? "" : " Did you mean '" + command + " " + near.get(0) + "'?")
                        + " The commands are " + String.join(", ", commands(where)) + "; " + help + " says more.");
            }
        } else {
            String message = e.getMessage() == null ? "bad arguments" : e.getMessage().strip();
            err.println(command + ": " + message + (message.endsWith(".") ? "" : ".") + " " + help + " lists the options.");
        }
        err.flush();
        return CANNOT_RUN;
    }

    private static List<String> commands(CommandLine cli) {
        return cli.getSubcommands().keySet().stream().filter(c -> !c.equals("help")).toList();
    }
}
