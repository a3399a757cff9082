package io.briefcheck.web;

import io.briefcheck.analysis.disclosure.FoldLengths;
import io.briefcheck.check.Checker;
import io.briefcheck.engine.Deadline;
import io.briefcheck.engine.Engine;
import io.briefcheck.engine.EngineRule;
import io.briefcheck.core.RuleInfo;
import io.briefcheck.load.Document;
import io.briefcheck.load.Loader;
import io.briefcheck.model.CompensationModel;
import io.briefcheck.model.Connection;
import io.briefcheck.model.Format;
import io.briefcheck.model.Industry;
import io.briefcheck.model.Placement;
import io.briefcheck.model.Platform;
import io.briefcheck.model.PostedBy;
import io.briefcheck.model.RunSettings;
import io.briefcheck.report.CatalogRenderer;
import io.briefcheck.report.Report;
import io.briefcheck.core.Severity;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.eclipse.jetty.http.BadMessageException;

/**
 * The JSON API behind the page. Every answer is JSON; errors are {@code {"message": ...}} with the
 * matching status. Requests only ever read the shared engine and the in-memory templates, examples
 * and page files: nothing a request sends names a file.
 */
final class Api {

    /** Largest body {@code POST /api/check} reads (1 MiB); more is refused with 413. */
    static final int MAX_BODY_BYTES = 1024 * 1024;
    private static final List<String> KINDS = List.of("brief", "post", "influencer", "results");

    private final Engine engine;
    private final Checker checker;
    private final Examples examples;
    private final ReportFormats formats;
    private final Map<String, String> templates;
    /** How long after the deadline a check that has not stopped by itself is given up (Java that does not look at the time). */
    private static final long GRACE_MS = 2_000;
    /** Seconds a client refused for lack of room is told to wait (Retry-After). */
    static final int RETRY_AFTER_SECONDS = 2;

    private final CheckPool checks;
    private final long checkTimeoutMillis;
    private final long filesCheckTimeoutMillis;
    private final Clock clock;

    Api(Engine engine, String version, Examples examples, CheckPool checks, WebServer.Limits limits, Clock clock) {
        this.engine = engine;
        this.checker = new Checker(engine, version);
        this.examples = examples;
        this.formats = new ReportFormats(engine.catalog().all());
        this.templates = loadTemplates();
        this.checks = checks;
        this.checkTimeoutMillis = limits.checkTimeoutMs();
        this.filesCheckTimeoutMillis = limits.filesCheckTimeoutMs();
        this.clock = clock;
    }

    /** An answer that is not a success: the status and a message for the user. */
    static final class Refusal extends RuntimeException {
        final int status;

        Refusal(int status, String message) {
            super(message, null, false, false);
            this.status = status;
        }
    }

    /**
     * Checks the posted text. Each request has a place among the checks in flight from before its body is
     * read until its answer is ready (none free: 429 with Retry-After), and a deadline that the engine
     * itself keeps: at the deadline the rules stop and the answer is 503, with the CPU free again. A
     * {@code multipart/form-data} body carries the document with the files it names ({@link Uploads}); it has
     * its own size limit and, since images and video take longer to read, its own time limit when files came.
     */
    void check(Context ctx) throws IOException {
        String name = displayName(ctx.queryParam("name"));
        List<String> markets = markets(ctx.queryParam("market"));
        ReportFormats.Format format = format(ctx.queryParam("format"));
        if (!checks.tryEnter()) {
            ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
            throw new Refusal(429, "briefcheck is busy with other checks; try again in a moment.");
        }
        Report report;
        try {
            if (Uploads.isMultipart(ctx.contentType())) {
                try (Uploads uploads = Uploads.read(ctx.req())) {
                    long limit = uploads.fileCount() > 0 ? filesCheckTimeoutMillis : checkTimeoutMillis;
                    report = run(limit, () -> new Loader().loadBytes(name, uploads.document(), uploads.folder()), markets);
                }
            } else {
                byte[] body = boundedBody(ctx);
                report = run(checkTimeoutMillis, () -> new Loader().loadBytes(name, body), markets);
            }
        } finally {
            checks.leave();
        }
        String text;
        try {
            text = format.render().apply(report);
        } catch (Exception e) {
            throw new IllegalStateException("rendering " + format.name() + " failed", e);
        }
        ctx.contentType(format.contentType()).result(text);
    }

    private Report run(long timeoutMillis, java.util.function.Supplier<List<Document>> load, List<String> markets) {
        Duration limit = Duration.ofMillis(timeoutMillis);
        Deadline deadline = Deadline.in(limit);
        Checker.Options options = new Checker.Options(Severity.ERROR, List.of(), List.of(),
                new RunSettings(markets, LocalDate.now(clock))).withTimeLimit(limit);
        Future<Report> run;
        try {
            run = checks.submit(() -> checker.check(load.get(), options, deadline));
        } catch (RejectedExecutionException e) {
            throw new Refusal(503, "briefcheck is shutting down; try again in a moment.");
        }
        Report report;
        try {
            report = run.get(timeoutMillis + GRACE_MS, TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            run.cancel(true);
            throw tookTooLong(timeoutMillis);
        } catch (InterruptedException e) {
            run.cancel(true);
            Thread.currentThread().interrupt();
            throw new Refusal(503, "The check was interrupted; try again.");
        } catch (ExecutionException e) {
            throw new IllegalStateException("check failed", e.getCause());
        }
        if (report.findings().stream().anyMatch(f -> f.rule().equals(EngineRule.TIMEOUT.id()))) throw tookTooLong(timeoutMillis);
        return report;
    }

    private static Refusal tookTooLong(long timeoutMillis) {
        return new Refusal(503, "Checking took longer than " + Math.max(1, timeoutMillis / 1000)
                + " s and was stopped; try a smaller file.");
    }

    void formats(Context ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (ReportFormats.Format f : formats.all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", f.name());
            m.put("content_type", f.contentType());
            m.put("extension", f.extension());
            out.add(m);
        }
        json(ctx, out);
    }

    void rules(Context ctx) {
        json(ctx, engine.catalog().all().stream().map(CatalogRenderer::toMap).toList());
    }

    void rule(Context ctx) {
        String id = ctx.pathParam("id");
        RuleInfo info = engine.catalog().get(id);
        if (info == null) throw new Refusal(404, "No rule is called '" + id + "'.");
        json(ctx, CatalogRenderer.toMap(info));
    }

    void template(Context ctx) {
        String kind = ctx.pathParam("kind").toLowerCase(Locale.ROOT);
        String text = templates.get(kind);
        if (text == null) throw new Refusal(404, "There is no template for '" + kind + "'; kinds are " + String.join(", ", KINDS) + ".");
        json(ctx, Map.of("kind", kind, "text", text));
    }

    void examples(Context ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (Examples.Example e : examples.all()) out.add(Map.of("name", e.name(), "title", e.title()));
        json(ctx, out);
    }

    void example(Context ctx) {
        String name = ctx.pathParam("name");
        Examples.Example e = examples.get(name);
        if (e == null) throw new Refusal(404, "There is no example called '" + name + "'.");
        Map<String, String> files = new TreeMap<>();
        e.files().forEach((file, bytes) -> files.put(file, Base64.getEncoder().encodeToString(bytes)));
        json(ctx, Map.of("name", e.name(), "text", e.text(), "files", files));
    }

    /** What the forms offer: the values the post and brief formats accept and each platform's fold. */
    void options(Context ctx) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("platforms", Arrays.stream(Platform.values()).map(Platform::code).toList());
        m.put("formats", Arrays.stream(Format.values()).map(Format::code).toList());
        m.put("connections", Arrays.stream(Connection.values()).map(Connection::code).toList());
        m.put("posted_by", Arrays.stream(PostedBy.values()).map(PostedBy::code).toList());
        m.put("industries", Arrays.stream(Industry.values()).map(Industry::code).toList());
        m.put("payment_models", Arrays.stream(CompensationModel.values()).map(CompensationModel::code).toList());
        m.put("placements", Arrays.stream(Placement.values()).map(Placement::code).toList());
        m.put("fold", FoldLengths.all(engine.data()));
        m.put("disclosure_rules", engine.catalog().all().stream().map(RuleInfo::namespace)
                .filter(ns -> java.util.Set.of("ftc", "asa", "rsm", "uwg", "fr", "eu").contains(ns)).distinct().toList());
        json(ctx, m);
    }

    static void json(Context ctx, Object value) {
        try {
            ctx.contentType("application/json; charset=utf-8").result(Json.MAPPER.writeValueAsString(value));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * The body, at most {@link #MAX_BODY_BYTES}. A body that stops coming (the connection's idle timeout) or
     * comes slower than the server's minimum data rate is refused with 408.
     */
    private static byte[] boundedBody(Context ctx) throws IOException {
        long declared = ctx.req().getContentLengthLong();
        if (declared > MAX_BODY_BYTES) throw tooLarge();
        try (InputStream in = ctx.req().getInputStream()) {
            byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
            if (bytes.length > MAX_BODY_BYTES) throw tooLarge();
            return bytes;
        } catch (BadMessageException | IOException e) {
            throw new Refusal(408, "The text came too slowly or stopped coming; send it again.");
        }
    }

    static Refusal tooLarge() {
        return new Refusal(413, "The text is over the limit of " + MAX_BODY_BYTES / 1024
                + " KB; check a smaller part, or use the command line (briefcheck check FILE).");
    }

    /** The name reports show for the posted text; only a harmless label, never used as a path. */
    private static String displayName(String requested) {
        return Uploads.plainName(requested) ? requested : "input.yaml";
    }

    private static List<String> markets(String param) {
        if (param == null || param.isBlank()) return List.of();
        List<String> out = new ArrayList<>();
        for (String m : param.split(",")) {
            String code = m.strip().toUpperCase(Locale.ROOT);
            if (code.isEmpty()) continue;
            if (!code.matches("[A-Z]{2}")) throw new Refusal(400, "market takes two-letter country codes such as US, UK or NL.");
            out.add(code);
        }
        return out;
    }

    private ReportFormats.Format format(String param) {
        String name = param == null || param.isBlank() ? "json" : param.strip().toLowerCase(Locale.ROOT);
        ReportFormats.Format f = formats.get(name);
        if (f == null) {
            List<String> known = new ArrayList<>();
            for (ReportFormats.Format k : formats.all()) known.add(k.name());
            throw new Refusal(400, "format must be one of " + String.join(", ", known) + ".");
        }
        return f;
    }

    private static Map<String, String> loadTemplates() {
        Map<String, String> out = new LinkedHashMap<>();
        for (String kind : KINDS) {
            try (InputStream in = Api.class.getResourceAsStream("/templates/" + kind + ".yaml")) {
                if (in == null) throw new IllegalStateException("template " + kind + " is missing from the jar");
                out.put(kind, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read template " + kind, e);
            }
        }
        return Map.copyOf(out);
    }
}
