package io.briefcheck.cli;

import io.briefcheck.engine.Engine;
import io.briefcheck.web.WebServer;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Open the web page: check a draft caption or a whole brief in the browser.",
            "Only this computer can reach it unless you give --host."})
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--port", paramLabel = "PORT", description = "Port to listen on (default 8080; 0 picks a free one).")
    int port = 8080;

    @Option(names = "--host", paramLabel = "ADDRESS",
            description = "Address to listen on (default 127.0.0.1, this computer only).")
    String host = "127.0.0.1";

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @Mixin
    TimeLimitOption timeLimit = new TimeLimitOption();

    @Option(names = "--files-time-limit", paramLabel = "SECONDS",
            description = "Stop a check that came with files (story-frame images, a video, subtitles) after this many "
                    + "seconds (default 60): reading images and video takes longer than text.")
    Double filesSeconds;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** What day it is for the checks the page runs (Main sets it). */
    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() throws InterruptedException {
        if (port < 0 || port > 65535) throw new CannotRunException("briefcheck: --port must be between 0 and 65535.");
        long limitMs = timeLimit.limit().toMillis();
        long filesLimitMs = TimeLimitOption.seconds(filesSeconds,
                java.time.Duration.ofMillis(WebServer.Limits.DEFAULT_FILES_CHECK_TIMEOUT_MS), "--files-time-limit").toMillis();
        Engine engine = ruleOptions.engine();
        WebServer server;
        try {
            server = WebServer.start(engine, Version.get(), host, port, WebServer.Limits.DEFAULT.withCheckTimeout(limitMs)
                    .withFilesCheckTimeout(filesLimitMs), clock);
        } catch (RuntimeException e) {
            throw new CannotRunException("briefcheck: cannot listen on " + host + ":" + port + " ("
                    + rootMessage(e) + "). Is another program using that port? Try --port 8081.");
        }
        PrintWriter out = spec.commandLine().getOut();
        out.println("briefcheck is running at " + server.url() + "  (Ctrl+C stops it)");
        if (!server.loopbackOnly()) {
            out.println("Note: listening on " + host + ", so other computers on your network can use this page.");
        }
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            stopped.countDown();
        }));
        stopped.await();
        return Main.OK;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getMessage() != null ? t.getMessage() : t.getClass().getSimpleName();
    }
}
