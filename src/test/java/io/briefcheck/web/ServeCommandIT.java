package io.briefcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code briefcheck serve} from the packaged jar, as a user starts it: the URL it prints answers. */
class ServeCommandIT {

    private static final Pattern URL = Pattern.compile("(http://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void servePrintsItsUrlAndServesThePageAndExamplesFromTheJar() throws Exception {
        Path jar = Path.of("target/briefcheck.jar");
        Process p = new ProcessBuilder("java", "-jar", jar.toString(), "serve", "--port", "0")
                .redirectErrorStream(true).start();
        try {
            BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
            String first = CompletableFuture.supplyAsync(() -> {
                try {
                    return out.readLine();
                } catch (java.io.IOException e) {
                    return null;
                }
            }).get(60, TimeUnit.SECONDS);
            assertNotNull(first, "serve printed nothing");
            Matcher m = URL.matcher(first);
            assertTrue(m.find(), first);
            HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create(m.group(1))).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("Check my draft"));
            JsonNode examples = new ObjectMapper().readTree(http.send(HttpRequest.newBuilder(URI.create(m.group(1) + "api/examples")).build(),
                    HttpResponse.BodyHandlers.ofString()).body());
            assertTrue(examples.toString().contains("spring-glow/brief.yaml"), examples.toString());
            // the page's libraries travel inside the jar (WebJars), so it works offline
            for (String[] lib : new String[][] {{"codemirror.js", "CodeMirror"}, {"codemirror-yaml.js", "yaml"},
                    {"codemirror-lint.js", "performLint"}, {"js-yaml.js", "jsyaml"}, {"codemirror.css", ".CodeMirror"}}) {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(m.group(1) + lib[0])).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(200, r.statusCode(), lib[0]);
                assertTrue(r.body().contains(lib[1]), lib[0]);
            }
        } finally {
            p.destroy();
            if (!p.waitFor(20, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }

    @Test
    void aPortThatIsTakenIsASayableErrorNotAStackTrace() throws Exception {
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            Process p = new ProcessBuilder("java", "-jar", "target/briefcheck.jar", "serve", "--port",
                    String.valueOf(taken.getLocalPort())).redirectErrorStream(true).start();
            assertTrue(p.waitFor(120, TimeUnit.SECONDS), "serve should give up at once");
            String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertEquals(2, p.exitValue(), output);
            assertTrue(output.contains("cannot listen on 127.0.0.1:" + taken.getLocalPort()), output);
            assertTrue(!output.contains("Exception") && !output.contains("\tat "), output);
        }
    }
}
