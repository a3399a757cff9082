package io.briefcheck.web;

import io.briefcheck.engine.Engine;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * {@code briefcheck serve}: the page and its JSON API on one port. The engine is built once by the
 * caller and shared by every request (each check takes its own sessions from the engine's pool). Checks run on a small
 * pool sized to the machine, with a cap on the checks in flight (more are refused with 429) and a
 * time limit the engine keeps (503, the work stopped); connections that stall or send their body too
 * slowly are closed (see {@link Limits}). HEAD is answered wherever GET is.
 */
public final class WebServer implements AutoCloseable {

    /**
     * Time limits: a connection that sends nothing for {@code idleTimeoutMs} is closed, and one whose body
     * comes slower than {@link #MIN_BODY_BYTES_PER_SECOND} is refused (slow clients cannot hold threads);
     * a check running longer than {@code checkTimeoutMs} is stopped and answered 503. At most
     * {@code maxChecks} checks are in flight (reading their body, waiting or running); more get 429. A check
     * that came with files (story-frame images, a video, subtitles) may run {@code filesCheckTimeoutMs}:
     * reading images and video takes seconds where text takes milliseconds.
     */
    public record Limits(int idleTimeoutMs, long checkTimeoutMs, int maxChecks, long filesCheckTimeoutMs) {
        public static final Limits DEFAULT = new Limits(15_000, 10_000);

        /** The time limit of a check with files unless one is given: a minute. */
        public static final long DEFAULT_FILES_CHECK_TIMEOUT_MS = 60_000;

        public Limits(int idleTimeoutMs, long checkTimeoutMs) {
            this(idleTimeoutMs, checkTimeoutMs, defaultMaxChecks(Runtime.getRuntime().availableProcessors()));
        }

        public Limits(int idleTimeoutMs, long checkTimeoutMs, int maxChecks) {
            this(idleTimeoutMs, checkTimeoutMs, maxChecks, Math.max(checkTimeoutMs, DEFAULT_FILES_CHECK_TIMEOUT_MS));
        }

        /**
         * 16 places per core, from 16 to 32. A draft check takes a few milliseconds, so 20 people typing at once
         * wait a little in line rather than being refused (8 places refused most of them); and the cap stays at
         * half the HTTP threads ({@link #HTTP_THREADS}) or less, so however many places slow bodies hold, the
         * page and the other requests still get a thread.
         */
        static int defaultMaxChecks(int cores) {
            return Math.min(HTTP_THREADS / 2, Math.max(16, 16 * cores));
        }

        /** The same limits with another time limit per check. */
        public Limits withCheckTimeout(long ms) {
            return new Limits(idleTimeoutMs, ms, maxChecks, filesCheckTimeoutMs);
        }

        /** The same limits with another time limit per check that came with files. */
        public Limits withFilesCheckTimeout(long ms) {
            return new Limits(idleTimeoutMs, checkTimeoutMs, maxChecks, ms);
        }
    }

    /** Jetty's request threads, at most. */
    static final int HTTP_THREADS = 64;

    /** The slowest a request body may come, in bytes per second, measured from its first byte. */
    static final long MIN_BODY_BYTES_PER_SECOND = 1_024;

    /**
     * Sent with every answer: the page loads only its own files and cannot be framed. Images and video may also
     * come from {@code blob:} addresses: the files a user picks in the draft form, shown in its preview.
     */
    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data: blob:; media-src 'self' blob:; "
                    + "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'",
            "X-Content-Type-Options", "nosniff",
            "X-Frame-Options", "DENY",
            "Referrer-Policy", "no-referrer",
            "Cross-Origin-Opener-Policy", "same-origin",
            "Cache-Control", "no-store");

    private final Javalin app;
    private final AtomicReference<ServerConnector> connector = new AtomicReference<>();
    private final CheckPool checks;
    private final String host;
    private final boolean loopback;

    private WebServer(Engine engine, String version, String host, int port, Limits limits, Clock clock) {
        this.host = host;
        this.loopback = isLoopback(host);
        this.checks = new CheckPool(Math.max(2, Runtime.getRuntime().availableProcessors()), limits.maxChecks());
        Api api = new Api(engine, version, Examples.bundled(), checks, limits, clock);
        Assets assets = Assets.bundled();
        this.app = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.maxRequestSize = Api.MAX_BODY_BYTES;
            config.http.prefer405over404 = true;
            QueuedThreadPool pool = new QueuedThreadPool(HTTP_THREADS, 4, 60_000);
            pool.setName("briefcheck-http");
            config.jetty.threadPool = pool;
            config.jetty.modifyServer(server -> server.setErrorHandler(new JsonErrorHandler()));
            config.jetty.modifyHttpConfiguration(http -> {
                http.setSendServerVersion(false);
                http.setSendXPoweredBy(false);
                http.setMinRequestDataRate(MIN_BODY_BYTES_PER_SECOND);
            });
            config.jetty.addConnector((server, http) -> {
                ServerConnector c = new ServerConnector(server, new HttpConnectionFactory(http));
                c.setHost(host);
                c.setPort(port);
                c.setIdleTimeout(limits.idleTimeoutMs());
                connector.set(c);
                return c;
            });
        });
        app.before(this::guard);
        getAndHead("/", ctx -> asset(ctx, assets, "index.html"));
        getAndHead("/{file}", ctx -> asset(ctx, assets, ctx.pathParam("file")));
        app.post("/api/check", api::check);
        getAndHead("/api/formats", api::formats);
        getAndHead("/api/options", api::options);
        getAndHead("/api/rules", api::rules);
        getAndHead("/api/rules/<id>", api::rule);
        getAndHead("/api/template/{kind}", api::template);
        getAndHead("/api/examples", api::examples);
        getAndHead("/api/examples/<name>", api::example);
        app.exception(Api.Refusal.class, (e, ctx) -> error(ctx, e.status, e.getMessage()));
        app.exception(HttpResponseException.class, (e, ctx) -> error(ctx, e.getStatus(), e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            if (System.getenv("BRIEFCHECK_DEBUG") != null) e.printStackTrace();
            error(ctx, 500, "Something went wrong inside briefcheck; this is a bug. Please report it.");
        });
        app.error(404, ctx -> {
            if (!ctx.res().isCommitted() && !isJson(ctx)) error(ctx, 404, "Nothing here: " + ctx.path());
        });
        app.error(405, ctx -> error(ctx, 405, "That method is not allowed here."));
    }

    /** GET, and HEAD answered the same without the body (the server leaves it out). */
    private void getAndHead(String path, Handler handler) {
        app.get(path, handler);
        app.head(path, handler);
    }

    /** Starts serving; port 0 picks a free port (see {@link #port()}). */
    public static WebServer start(Engine engine, String version, String host, int port) {
        return start(engine, version, host, port, Limits.DEFAULT);
    }

    public static WebServer start(Engine engine, String version, String host, int port, Limits limits) {
        return start(engine, version, host, port, limits, Clock.systemUTC());
    }

    /** The same, with the clock that says what day it is when a brief's deadlines are judged (tests fix it). */
    public static WebServer start(Engine engine, String version, String host, int port, Limits limits, Clock clock) {
        WebServer server = new WebServer(engine, version, host, port, limits, clock);
        server.app.start();
        return server;
    }

    public int port() {
        return connector.get().getLocalPort();
    }

    public String url() {
        String h = host.contains(":") ? "[" + host + "]" : host;
        return "http://" + h + ":" + port() + "/";
    }

    public boolean loopbackOnly() {
        return loopback;
    }

    /** How many checks are running now; 0 soon after a check is stopped at its time limit. */
    int runningChecks() {
        return checks.running();
    }

    @Override
    public void close() {
        app.stop();
        checks.close();
    }

    /** Security headers on every answer, and, on loopback, only requests addressed to this machine (DNS rebinding). */
    private void guard(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
        if (loopback && !localHost(ctx.header("Host"))) {
            throw new Api.Refusal(421, "This briefcheck server only answers requests to localhost or 127.0.0.1.");
        }
    }

    private static boolean localHost(String hostHeader) {
        if (hostHeader == null) return false;
        String h = hostHeader.toLowerCase(Locale.ROOT);
        if (h.startsWith("[")) h = h.substring(0, Math.max(1, h.indexOf(']') + 1));
        else if (h.contains(":")) h = h.substring(0, h.indexOf(':'));
        return h.equals("localhost") || h.equals("[::1]") || h.matches("127(\\.\\d{1,3}){3}");
    }

    private static boolean isLoopback(String host) {
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    private static void asset(Context ctx, Assets assets, String name) {
        Assets.Asset a = assets.get(name);
        if (a == null) throw new Api.Refusal(404, "Nothing here: /" + name);
        ctx.contentType(a.contentType()).result(a.bytes());
    }

    private static boolean isJson(Context ctx) {
        String type = ctx.res().getContentType();
        return type != null && type.startsWith("application/json");
    }

    private static void error(Context ctx, int status, String message) {
        ctx.status(status);
        Api.json(ctx, Map.of("message", message == null ? "Error " + status : message));
    }
}
