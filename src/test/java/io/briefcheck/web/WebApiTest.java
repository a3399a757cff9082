package io.briefcheck.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.briefcheck.LongCaption;
import io.briefcheck.TestEngine;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The JSON API over real HTTP on 127.0.0.1 (an ephemeral port), as the page and scripts use it. */
class WebApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebServer server;
    private static HttpClient http;

    @BeforeAll
    static void start() {
        server = WebServer.start(TestEngine.get(), "test", "127.0.0.1", 0, WebServer.Limits.DEFAULT, TestEngine.CLOCK);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    private static URI uri(String path) {
        return URI.create(server.url() + path.substring(1));
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> post(String path, byte[] body, String contentType) throws Exception {
        return http.send(HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode check(String yaml) throws Exception {
        HttpResponse<String> r = post("/api/check?name=test.yaml", yaml.getBytes(StandardCharsets.UTF_8), "application/yaml");
        assertEquals(200, r.statusCode(), r.body());
        return JSON.readTree(r.body());
    }

    private static List<String> rules(JsonNode report) {
        List<String> out = new ArrayList<>();
        for (JsonNode f : report.get("findings")) out.add(f.get("rule").asText());
        return out;
    }

    private static JsonNode finding(JsonNode report, String rule) {
        for (JsonNode f : report.get("findings")) if (f.get("rule").asText().equals(rule)) return f;
        return null;
    }

    @Test
    void checksABriefAndReportsFindingsWithPositions() throws Exception {
        String yaml = Files.readString(Path.of("briefs/mistakes/no-payment-terms.yaml"));
        JsonNode report = check(yaml);
        assertEquals("briefcheck", report.at("/tool/name").asText());
        assertEquals("test.yaml", report.at("/documents/0/file").asText());
        assertEquals("fail", report.at("/documents/0/status").asText());
        JsonNode f = finding(report, "brief/missing-payment-terms");
        assertNotNull(f, report.toString());
        assertEquals("compensation.payment_terms", f.get("path").asText());
        int line = f.get("line").asInt();
        assertTrue(yaml.lines().toList().get(line - 1).contains("payment_terms"), "line " + line + " is the payment_terms line");
    }

    @Test
    void theCompleteExampleCampaignPassesThroughTheApiToo() throws Exception {
        JsonNode example = JSON.readTree(get("/api/examples/spring-glow/all").body());
        JsonNode report = check(example.get("text").asText());
        assertEquals(4, report.at("/summary/documents").asInt(), report.toString());
        assertEquals(0, report.at("/summary/error").asInt(), report.toString());
        for (JsonNode d : report.get("documents")) assertEquals("pass", d.get("status").asText(), report.toString());
    }

    @Test
    void acceptsJsonAsWellAsYaml() throws Exception {
        String json = "{\"kind\":\"post\",\"id\":\"draft\",\"platform\":\"instagram\",\"format\":\"reel\","
                + "\"caption\":\"Morning routine\",\"platform_label\":true,\"video\":{\"transcript\":[{\"at\":\"0:03\",\"text\":\"hi\"}]}}";
        HttpResponse<String> r = post("/api/check?name=draft.yaml", json.getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(200, r.statusCode());
        JsonNode report = JSON.readTree(r.body());
        assertEquals("post", report.at("/documents/0/kind").asText());
        assertEquals("draft", report.at("/documents/0/id").asText());
        assertFalse(rules(report).stream().anyMatch(id -> id.startsWith("input/")), report.toString());
    }

    @Test
    void theCaptionTheCopyButtonCopiesIsTheWholeCaption() throws Exception {
        // the draft form posts JSON; a caption at Instagram's limit comes back rewritten, not cut
        String draft = JSON.writeValueAsString(Map.of("kind", "post", "platform", "instagram", "format", "post",
                "markets", List.of("US"), "connection", "paid", "caption", LongCaption.TEXT));
        HttpResponse<String> r = post("/api/check?name=draft.yaml", draft.getBytes(StandardCharsets.UTF_8), "application/json");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode f = finding(JSON.readTree(r.body()), "ftc/label-below-fold");
        assertNotNull(f, r.body());
        assertEquals(LongCaption.FIXED, f.get("suggestion").asText());
    }

    @Test
    void badYamlIsAReportWithInputFindingsNotAServerError() throws Exception {
        JsonNode report = check("kind: post\nid: x\nplatform: tiktok\ncaption: \"never closed\n");
        assertTrue(rules(report).contains("input/yaml-syntax"), report.toString());
        assertEquals("error", report.at("/documents/0/status").asText());
    }

    @Test
    void binaryGarbageIsAReportWithInputFindings() throws Exception {
        byte[] garbage = new byte[64 * 1024];
        new Random(42).nextBytes(garbage);
        HttpResponse<String> r = post("/api/check", garbage, "application/octet-stream");
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = JSON.readTree(r.body());
        assertEquals(1, report.at("/summary/documents").asInt());
        assertEquals("error", report.at("/documents/0/status").asText());
        assertTrue(rules(report).stream().allMatch(id -> id.startsWith("input/")) && !rules(report).isEmpty(), report.toString());

        byte[] latin1 = "kind: post\ncaption: caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        JsonNode notUtf8 = JSON.readTree(post("/api/check", latin1, "application/yaml").body());
        assertTrue(rules(notUtf8).contains("input/yaml-syntax"), notUtf8.toString());
    }

    @Test
    void anOversizedBodyGets413WithAMessage() throws Exception {
        byte[] big = new byte[Api.MAX_BODY_BYTES + 1];
        java.util.Arrays.fill(big, (byte) 'a');
        HttpResponse<String> r = post("/api/check", big, "application/yaml");
        assertEquals(413, r.statusCode());
        assertTrue(JSON.readTree(r.body()).get("message").asText().contains("limit"), r.body());

        // the same without a Content-Length (chunked): counted while reading
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(uri("/api/check")).timeout(Duration.ofSeconds(30))
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode());

        byte[] justUnder = ("kind: post\nplatform: instagram\nformat: post\ncaption: \"x\"\n# "
                + "a".repeat(Api.MAX_BODY_BYTES - 200) + "\n").getBytes(StandardCharsets.UTF_8);
        assertTrue(justUnder.length <= Api.MAX_BODY_BYTES);
        assertEquals(200, post("/api/check", justUnder, "application/yaml").statusCode());
    }

    @Test
    void twoHundredConcurrentChecksAreAllAnsweredCorrectly() throws Exception {
        // room for all of them at once (by default more than a few in flight are refused with 429: WebLimitsTest)
        try (WebServer roomy = WebServer.start(TestEngine.get(), "test", "127.0.0.1", 0,
                new WebServer.Limits(15_000, 10_000, 256), TestEngine.CLOCK)) {
            twoHundredConcurrentChecks(roomy);
        }
    }

    private static void twoHundredConcurrentChecks(WebServer server) throws Exception {
        HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
        List<CompletableFuture<HttpResponse<String>>> calls = new ArrayList<>();
        int n = 200;
        for (int i = 0; i < n; i++) {
            // every other brief lacks payment terms, so each answer must be the one for its own body
            String yaml = "kind: brief\nid: brief-" + i + "\nbrand: {name: Brand " + i + "}\n"
                    + "compensation:\n  model: fee\n  fee: {amount: " + (100 + i) + ", currency: EUR}\n"
                    + (i % 2 == 0 ? "  payment_terms: Paid within 30 days\n" : "");
            calls.add(client.sendAsync(HttpRequest.newBuilder(URI.create(server.url() + "api/check?name=b" + i + ".yaml"))
                    .timeout(Duration.ofSeconds(90)).POST(HttpRequest.BodyPublishers.ofString(yaml)).build(),
                    HttpResponse.BodyHandlers.ofString()));
        }
        CompletableFuture.allOf(calls.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < n; i++) {
            HttpResponse<String> r = calls.get(i).get();
            assertEquals(200, r.statusCode(), "request " + i + ": " + r.body());
            JsonNode report = JSON.readTree(r.body());
            assertEquals("b" + i + ".yaml", report.at("/documents/0/file").asText());
            assertEquals("brief-" + i, report.at("/documents/0/id").asText());
            assertEquals(i % 2 == 1, rules(report).contains("brief/missing-payment-terms"), "request " + i + ": " + report);
            seen.add(report.at("/documents/0/id").asText());
        }
        assertEquals(n, seen.size());
    }

    @Test
    void slowChecksAndSilentConnectionsAreCutOff() throws Exception {
        try (WebServer strict = WebServer.start(TestEngine.get(), "test", "127.0.0.1", 0, new WebServer.Limits(500, 1), TestEngine.CLOCK)) {
            StringBuilder yaml = new StringBuilder("kind: brief\nid: big\nbrand: {name: B}\nkey_messages:\n");
            for (int i = 0; i < 9_000; i++) yaml.append("  - message number ").append(i).append('\n');
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(strict.url() + "api/check"))
                    .POST(HttpRequest.BodyPublishers.ofString(yaml.toString())).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(JSON.readTree(r.body()).get("message").asText().contains("took longer"), r.body());

            // a client that opens a connection and sends half a request is dropped after the idle time
            try (Socket s = new Socket("127.0.0.1", strict.port())) {
                s.setSoTimeout(10_000);
                s.getOutputStream().write("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\n".getBytes(StandardCharsets.US_ASCII));
                long started = System.nanoTime();
                int read = s.getInputStream().read();
                long waitedMs = (System.nanoTime() - started) / 1_000_000;
                assertEquals(-1, read, "the server closes the connection");
                assertTrue(waitedMs < 8_000, "closed after about the idle timeout, not the client's: " + waitedMs + " ms");
            }
        }
    }

    @Test
    void anXssPayloadInACaptionComesBackAsJsonData() throws Exception {
        String payload = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        String yaml = "kind: post\nplatform: instagram\nformat: post\ncaption: \"" + payload + "\"\n"
                + "\"" + payload + "\": 1\n";
        HttpResponse<String> r = post("/api/check", yaml.getBytes(StandardCharsets.UTF_8), "application/yaml");
        assertEquals(200, r.statusCode());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"));
        assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null));
        JsonNode f = finding(JSON.readTree(r.body()), "input/unknown-field");
        assertNotNull(f, r.body());
        assertTrue(f.get("message").asText().contains("<img src=x onerror=alert(1)>"), "kept as data, unchanged: " + f);
    }

    @Test
    void everyAnswerCarriesSecurityHeadersAndNoCors() throws Exception {
        for (String path : List.of("/", "/app.js", "/api/rules", "/api/nothing-here")) {
            HttpResponse<String> r = http.send(HttpRequest.newBuilder(uri(path)).header("Origin", "https://evil.example").build(),
                    HttpResponse.BodyHandlers.ofString());
            String csp = r.headers().firstValue("Content-Security-Policy").orElse("");
            assertTrue(csp.contains("default-src 'self'") && csp.contains("frame-ancestors 'none'"), path + ": " + csp);
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(null), path);
            assertEquals("DENY", r.headers().firstValue("X-Frame-Options").orElse(null), path);
            assertEquals("no-referrer", r.headers().firstValue("Referrer-Policy").orElse(null), path);
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty(), path);
            assertTrue(r.headers().firstValue("Server").isEmpty(), path);
        }
    }

    @Test
    void refusesRequestsAddressedToAnotherHostName() throws Exception {
        // DNS rebinding: a page on evil.example pointed at 127.0.0.1 still sends Host: evil.example
        assertEquals(421, rawStatus("evil.example"));
        assertEquals(200, rawStatus("localhost:" + server.port()));
        assertEquals(200, rawStatus("127.0.0.1:" + server.port()));
    }

    @Test
    void requestsJettyRefusesAreAnsweredInJsonToo() throws Exception {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            s.getOutputStream().write(("GET / HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Big: " + "a".repeat(20_000) + "\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(answer.startsWith("HTTP/1.1 431"), answer);
            assertTrue(answer.contains("application/json") && answer.contains("\"message\"") && answer.contains("nosniff"), answer);
        }
    }

    private static int rawStatus(String host) throws IOException {
        try (Socket s = new Socket("127.0.0.1", server.port())) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(("GET /api/options HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = s.getInputStream();
            String head = new String(in.readNBytes(12), StandardCharsets.US_ASCII);
            return Integer.parseInt(head.substring(9, 12));
        }
    }

    @Test
    void rulesAndExplanations() throws Exception {
        JsonNode all = JSON.readTree(get("/api/rules").body());
        Set<String> ids = new HashSet<>();
        for (JsonNode r : all) ids.add(r.get("id").asText());
        assertEquals(TestEngine.get().catalog().all().size(), ids.size());
        assertTrue(ids.contains("brief/missing-payment-terms") && ids.contains("input/yaml-syntax"));

        HttpResponse<String> one = get("/api/rules/brief/missing-payment-terms");
        assertEquals(200, one.statusCode());
        JsonNode rule = JSON.readTree(one.body());
        assertEquals("error", rule.get("severity").asText());
        assertNotNull(rule.get("why").textValue());
        assertNotNull(rule.get("good").textValue());

        HttpResponse<String> missing = get("/api/rules/brief/no-such-rule");
        assertEquals(404, missing.statusCode());
        assertTrue(JSON.readTree(missing.body()).get("message").asText().contains("brief/no-such-rule"));
    }

    @Test
    void templatesAndExamplesComeFromTheJarOnly() throws Exception {
        for (String kind : List.of("brief", "post", "influencer", "results")) {
            JsonNode t = JSON.readTree(get("/api/template/" + kind).body());
            assertTrue(t.get("text").asText().contains("kind: " + kind), kind);
        }
        assertEquals(404, get("/api/template/passwd").statusCode());
        for (String path : List.of("/api/template/..%2F..%2Fpom.xml", "/api/examples/..%2F..%2Fpom.xml",
                "/api/examples/../../pom.xml", "/..%2F..%2Fpom.xml", "/pom.xml", "/briefcheck-rules", "/templates/brief.yaml")) {
            HttpResponse<String> r = get(path);
            // Jetty refuses encoded slashes itself (400); everything else is an unknown name (404)
            assertTrue(r.statusCode() == 404 || r.statusCode() == 400, path + " -> " + r.statusCode());
            assertFalse(r.body().contains("<project") || r.body().contains("kind: brief"), path);
        }

        JsonNode list = JSON.readTree(get("/api/examples").body());
        Set<String> names = new HashSet<>();
        for (JsonNode e : list) names.add(e.get("name").asText());
        assertTrue(names.contains("mistakes/no-payment-terms.yaml") && names.contains("spring-glow/all"), names.toString());
        JsonNode one = JSON.readTree(get("/api/examples/mistakes/no-payment-terms.yaml").body());
        assertEquals(Files.readString(Path.of("briefs/mistakes/no-payment-terms.yaml")), one.get("text").asText());
        assertEquals(0, one.get("files").size(), "the mistakes folder holds only YAML");
        // the files beside an example come with it: the subtitles its post names
        JsonNode subtitled = JSON.readTree(get("/api/examples/drafts/us-tiktok-subtitles.yaml").body());
        assertArrayEquals(Files.readAllBytes(Path.of("briefs/drafts/us-tiktok-subtitles.srt")),
                java.util.Base64.getDecoder().decode(subtitled.get("files").get("us-tiktok-subtitles.srt").asText()));
    }

    @Test
    void errorsAreJsonWithTheRightStatus() throws Exception {
        HttpResponse<String> notFound = get("/api/nothing-here");
        assertEquals(404, notFound.statusCode());
        assertNotNull(JSON.readTree(notFound.body()).get("message"));

        HttpResponse<String> badMarket = post("/api/check?market=USA", "kind: post".getBytes(StandardCharsets.UTF_8), "application/yaml");
        assertEquals(400, badMarket.statusCode());
        assertTrue(JSON.readTree(badMarket.body()).get("message").asText().contains("two-letter"));

        HttpResponse<String> badFormat = post("/api/check?format=pdf", "kind: post".getBytes(StandardCharsets.UTF_8), "application/yaml");
        assertEquals(400, badFormat.statusCode());
        assertTrue(JSON.readTree(badFormat.body()).get("message").asText().contains("json"));

        HttpResponse<String> wrongMethod = http.send(HttpRequest.newBuilder(uri("/api/check")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(405, wrongMethod.statusCode());
        assertNotNull(JSON.readTree(wrongMethod.body()).get("message"));
    }

    @Test
    void reportsDownloadAsSarifAndAsEscapedHtml() throws Exception {
        // the unknown field's name is quoted in the finding's message, so the payload reaches the report
        byte[] post = "kind: post\nplatform: instagram\nformat: post\nconnection: none\ncaption: hi\n\"<script>alert(1)</script>\": x\n"
                .getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> sarif = post("/api/check?format=sarif", post, "application/yaml");
        assertEquals(200, sarif.statusCode());
        JsonNode log = JSON.readTree(sarif.body());
        assertEquals("2.1.0", log.get("version").asText());
        assertEquals("input/unknown-field", log.get("runs").get(0).get("results").get(0).get("ruleId").asText());
        HttpResponse<String> html = post("/api/check?format=html", post, "application/yaml");
        assertEquals(200, html.statusCode());
        assertTrue(html.headers().firstValue("content-type").orElse("").startsWith("text/html"));
        assertTrue(html.body().contains("input/unknown-field"));
        assertFalse(html.body().contains("<script>alert(1)"), "user text is escaped");
        assertTrue(html.body().contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "and still shown");
    }

    @Test
    void optionsListTheFormValuesFromTheModel() throws Exception {
        JsonNode o = JSON.readTree(get("/api/options").body());
        List<String> platforms = new ArrayList<>();
        o.get("platforms").forEach(p -> platforms.add(p.asText()));
        assertTrue(platforms.contains("instagram") && platforms.contains("tiktok"));
        assertEquals("{\"facebook\":125,\"instagram\":125,\"linkedin\":140,\"tiktok\":150,\"youtube\":100}",
                o.get("fold").toString(), "disclosure.fold of rules/data/disclosure.yaml; twitter has none");
        assertTrue(o.get("formats").get(0).isTextual());
        // every value of the model's choices, as the YAML writes them
        assertEquals("[\"paid\",\"gifted\",\"affiliate\",\"employee\",\"owner\",\"family\",\"loan\",\"none\",\"unknown\"]",
                o.get("connections").toString());
        assertEquals("[\"creator\",\"brand\",\"agency\"]", o.get("posted_by").toString());
        assertEquals("[\"caption_start\",\"above_fold\",\"anywhere\"]", o.get("placements").toString());
        assertTrue(o.get("industries").toString().contains("\"food_beverage\""), o.toString());
        assertTrue(o.get("payment_models").toString().contains("\"product_plus_fee\""), o.toString());
        JsonNode formats = JSON.readTree(get("/api/formats").body());
        assertEquals("json", formats.get(0).get("name").asText());
    }
}
