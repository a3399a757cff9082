package io.briefcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.briefcheck.TestEngine;
import io.briefcheck.analysis.Derivers;
import io.briefcheck.engine.Engine;
import io.briefcheck.engine.RuleFolder;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/check} with files (multipart/form-data): the files are saved under their plain names in a
 * fresh folder that only this request's document reads from, and the folder is gone when the answer comes,
 * after a refusal or a check stopped at its time limit too. A test rule reports where each frame's image was
 * found, so the test sees the folder without guessing.
 */
class WebUploadTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String BOUNDARY = "briefcheckTestBoundary7";
    private static final String LOOPING = "kind: influencer\nhandle: \"@loop\"\nplatform: instagram\nfollowers: 12000\n";
    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 0};

    private static Engine engine;
    private static WebServer server;
    private static HttpClient http;

    @BeforeAll
    static void start(@TempDir Path rules) throws Exception {
        Files.writeString(rules.resolve("where.drl"), """
                package briefcheck.uploadtest;
                import io.briefcheck.model.*;
                import io.briefcheck.engine.Flag;
                global io.briefcheck.engine.Findings findings;
                global io.briefcheck.engine.RuleData data;

                rule "uploadtest: where a frame's image was found"
                    @id("uploadtest/found") @severity("info") @title("Test rule: says where a frame's image is")
                when
                    $p : Post( frames != null )
                    $f : Frame( image != null, image.found() ) from $p.frames()
                then
                    findings.report(drools.getRule(), Flag.at($p, "frames",
                        "FOUND " + $f.image().path(), "Nothing to fix."));
                end
                """);
        engine = Engine.build(true, List.of(RuleFolder.of(rules),
                RuleFolder.of(Path.of("src/test/resources/rules/engine/timeout/looping"))), Derivers.ALL);
        // text alone may take 20 s here, a check with files only 1 s: the looping check shows which limit applied
        server = WebServer.start(engine, "test", "127.0.0.1", 0,
                new WebServer.Limits(15_000, 20_000).withFilesCheckTimeout(1_000), TestEngine.CLOCK);
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
    }

    /** One part of a form: a field (file null) or a file with its name. */
    private record Part(String field, String file, byte[] bytes) {
        static Part document(String yaml) {
            return new Part("document", null, yaml.getBytes(StandardCharsets.UTF_8));
        }

        static Part file(String name, byte[] bytes) {
            return new Part("file", name, bytes);
        }
    }

    private static byte[] form(List<Part> parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Part p : parts) {
            String head = "--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"" + p.field() + "\""
                    + (p.file() == null ? "" : "; filename=\"" + p.file() + "\"") + "\r\n"
                    + (p.file() == null ? "" : "Content-Type: application/octet-stream\r\n") + "\r\n";
            out.writeBytes(head.getBytes(StandardCharsets.UTF_8));
            out.writeBytes(p.bytes());
            out.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        out.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static HttpResponse<String> send(List<Part> parts) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/check?name=story.yaml"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(form(parts))).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String story(String... images) {
        StringBuilder y = new StringBuilder("kind: post\nplatform: instagram\nformat: story\nmarket: US\nconnection: paid\n"
                + "brand: Glow\ncaption: \"\"\nframes:\n");
        for (String image : images) y.append("  - {on_screen_text: \"#ad Glow serum\", image: \"").append(image).append("\"}\n");
        return y.toString();
    }

    private static List<String> messages(JsonNode report, String rule) {
        List<String> out = new ArrayList<>();
        // findings of one rule at one place are merged: the others are its related reasons
        for (JsonNode f : report.get("findings")) {
            if (f.get("rule").asText().equals(rule)) out.add(f.get("message").asText());
            for (JsonNode r : f.path("related")) if (r.get("rule").asText().equals(rule)) out.add(r.get("message").asText());
        }
        return out;
    }

    private static List<Path> uploadFolders() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("briefcheck-upload-")).toList();
        }
    }

    @Test
    void theFilesAreReadFromAFreshFolderThatIsDeletedAfterTheCheck() throws Exception {
        HttpResponse<String> r = send(List.of(Part.document(story("frame1.png", "frame 2.jpg")),
                Part.file("frame1.png", PNG), Part.file("frame 2.jpg", PNG)));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = JSON.readTree(r.body());
        assertTrue(messages(report, "input/missing-file").isEmpty(), r.body());
        List<String> found = messages(report, "uploadtest/found");
        assertEquals(2, found.size(), r.body());
        Path first = Path.of(found.get(0).substring("FOUND ".length()));
        Path second = Path.of(found.get(1).substring("FOUND ".length()));
        assertEquals(first.getParent(), second.getParent(), "one folder per request");
        assertTrue(first.getParent().getParent().getFileName().toString().startsWith("briefcheck-upload-"), first.toString());
        assertFalse(Files.exists(first.getParent().getParent()), "the upload folder is deleted once the answer is sent");

        // the next request gets a folder of its own
        JsonNode again = JSON.readTree(send(List.of(Part.document(story("frame1.png")), Part.file("frame1.png", PNG))).body());
        Path other = Path.of(messages(again, "uploadtest/found").get(0).substring("FOUND ".length()));
        assertFalse(other.getParent().equals(first.getParent()), "a fresh folder for each request");
    }

    @Test
    void aNameThatLeadsOutOfTheFolderIsNotReadAndAFileNameWithAFolderIsRefused() throws Exception {
        // the document names a file outside the upload folder: the loader refuses it at the name
        HttpResponse<String> r = send(List.of(Part.document(story("../../../etc/passwd")), Part.file("frame1.png", PNG)));
        assertEquals(200, r.statusCode(), r.body());
        JsonNode report = JSON.readTree(r.body());
        assertTrue(messages(report, "uploadtest/found").isEmpty(), r.body());
        assertTrue(messages(report, "input/missing-file").stream().anyMatch(m -> m.contains("outside the files sent")), r.body());

        // a file sent under a name with a folder, or a hidden name, is refused before anything is checked
        for (String bad : List.of("../evil.png", "dir/frame.png", "..\\evil.png", ".hidden.png", "/etc/x.png", "frame.png ", "frame.", "NUL.png", "com1")) {
            HttpResponse<String> refused = send(List.of(Part.document(story("frame1.png")), Part.file(bad, PNG)));
            assertEquals(400, refused.statusCode(), bad + ": " + refused.body());
            assertTrue(JSON.readTree(refused.body()).get("message").asText().contains("plain name"), refused.body());
        }
        // two files of one name, a form without the document, a field that is no file: clear 400s
        assertEquals(400, send(List.of(Part.document(story("a.png")), Part.file("a.png", PNG), Part.file("A.PNG", PNG))).statusCode());
        HttpResponse<String> noDocument = send(List.of(Part.file("a.png", PNG)));
        assertEquals(400, noDocument.statusCode());
        assertTrue(noDocument.body().contains("'document'"), noDocument.body());
        assertEquals(400, send(List.of(Part.document(story()), new Part("other", null, PNG))).statusCode());
    }

    @Test
    void anUploadOverTheLimitGets413AndLeavesNoFolder() throws Exception {
        List<Path> before = uploadFolders();
        byte[] big = new byte[(int) Uploads.MAX_BYTES + 1024];
        HttpResponse<String> r = send(List.of(Part.document(story("big.png")), Part.file("big.png", big)));
        assertEquals(413, r.statusCode(), r.body());
        assertTrue(JSON.readTree(r.body()).get("message").asText().contains("50 MB"), r.body());

        // counted while reading too, when the sender does not say how long the body is
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(server.url() + "api/check"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(
                        form(List.of(Part.document(story("big.png")), Part.file("big.png", big)))))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(413, chunked.statusCode(), chunked.body());

        // the document part has the text limit of a plain check
        HttpResponse<String> longText = send(List.of(Part.document("kind: post\n# " + "x".repeat(Api.MAX_BODY_BYTES))));
        assertEquals(413, longText.statusCode(), longText.body());
        assertEquals(before, uploadFolders(), "no upload folder is left behind");
    }

    @Test
    void aCheckWithFilesHasItsOwnTimeLimitAndItsFolderIsDeletedWhenStopped() throws Exception {
        List<Path> before = uploadFolders();
        long started = System.nanoTime();
        HttpResponse<String> r = send(List.of(Part.document(LOOPING), Part.file("frame1.png", PNG)));
        long ms = (System.nanoTime() - started) / 1_000_000;
        assertEquals(503, r.statusCode(), r.body());
        assertTrue(r.body().contains("took longer than 1 s"), r.body());
        assertTrue(ms < 10_000, "stopped at the files' time limit of 1 s, not the text's 20 s: " + ms + " ms");
        assertEquals(before, uploadFolders(), "the stopped check's folder is deleted");
    }

    @Test
    void aFormWithoutFilesIsCheckedLikeText() throws Exception {
        HttpResponse<String> r = send(List.of(Part.document(story())));
        assertEquals(200, r.statusCode(), r.body());
        assertEquals("story.yaml", JSON.readTree(r.body()).get("documents").get(0).get("file").asText());
    }
}
