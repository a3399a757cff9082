package io.briefcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.TestEngine;
import io.briefcheck.engine.Engine;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The server's limits, over real HTTP on 127.0.0.1: slow bodies do not starve other requests, a full
 * server says 429 with Retry-After, HEAD is answered, and a check stopped at its time limit leaves the
 * CPU idle when the 503 is sent (a custom rule that loops for ever keeps it busy otherwise).
 */
class WebLimitsTest {

    private static final String LOOPING = "kind: influencer\nhandle: \"@loop\"\nplatform: instagram\nfollowers: 12000\n";
    private static HttpClient http;

    @BeforeAll
    static void client() {
        http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    @AfterAll
    static void done() {
        http = null;
    }

    private static HttpResponse<String> send(WebServer server, String method, String path, String body) throws Exception {
        HttpRequest.BodyPublisher publisher = body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body);
        return http.send(HttpRequest.newBuilder(URI.create(server.url() + path.substring(1)))
                .timeout(Duration.ofSeconds(30)).method(method, publisher).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** Opens a connection that starts a POST of {@code length} bytes and sends only the first. */
    private static Socket slowBody(WebServer server, int length) throws IOException {
        Socket s = new Socket("127.0.0.1", server.port());
        s.setSoTimeout(20_000);
        OutputStream out = s.getOutputStream();
        out.write(("POST /api/check HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/yaml\r\nContent-Length: "
                + length + "\r\n\r\nk").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return s;
    }

    @Test
    void headIsAnsweredOnThePageAndTheApi() throws Exception {
        try (WebServer server = WebServer.start(TestEngine.get(), "test", "127.0.0.1", 0, WebServer.Limits.DEFAULT, TestEngine.CLOCK)) {
            for (String path : List.of("/", "/app.css", "/api/rules", "/api/formats", "/api/examples", "/api/template/post")) {
                HttpResponse<String> head = send(server, "HEAD", path, null);
                assertEquals(200, head.statusCode(), "HEAD " + path);
                assertEquals("", head.body(), "HEAD " + path + " has no body");
                assertEquals(send(server, "GET", path, null).headers().firstValue("Content-Type"),
                        head.headers().firstValue("Content-Type"), "HEAD " + path + " says what GET would send");
            }
            assertEquals(404, send(server, "HEAD", "/api/rules/no-such-rule", null).statusCode());
        }
    }

    /**
     * A check that holds its place for minutes: a body of 900 KB sent at 4 KB/s, fast enough for the server's
     * minimum rate, so the place is not given back while the test asks for another (a body that stops would be
     * cut off after about a second, sooner than a loaded machine may get to the second request).
     */
    private static AutoCloseable heldCheck(WebServer server) throws IOException {
        Socket s = slowBody(server, 900_000);
        Thread writer = new Thread(() -> {
            byte[] chunk = " ".repeat(2_048).getBytes(StandardCharsets.US_ASCII);
            try {
                OutputStream out = s.getOutputStream();
                while (!Thread.currentThread().isInterrupted()) {
                    out.write(chunk);
                    out.flush();
                    Thread.sleep(500);
                }
            } catch (IOException | InterruptedException e) {
                // closed by the test
            }
        });
        writer.setDaemon(true);
        writer.start();
        return () -> {
            writer.interrupt();
            s.close();
        };
    }

    @Test
    void aFullServerSays429WithRetryAfter() throws Exception {
        try (WebServer server = WebServer.start(TestEngine.get(), "test", "127.0.0.1", 0,
                new WebServer.Limits(15_000, 10_000, 1), TestEngine.CLOCK);
             AutoCloseable holder = heldCheck(server)) {
            Thread.sleep(1_000); // the held check takes its place before the others ask
            HttpResponse<String> refused = null;
            String last = "";
            for (int i = 0; i < 50 && refused == null; i++) {
                HttpResponse<String> r = send(server, "POST", "/api/check", "kind: brief\nid: b\n");
                last = r.statusCode() + " " + r.body().substring(0, Math.min(200, r.body().length()));
                if (r.statusCode() == 429) refused = r;
                else Thread.sleep(50); // the holder's request may not have reached the handler yet
            }
            assertTrue(refused != null, "a second check is refused while the only place is taken; last answer: " + last);
            assertEquals(String.valueOf(Api.RETRY_AFTER_SECONDS), refused.headers().firstValue("Retry-After").orElse(null));
            assertTrue(refused.body().contains("busy"), refused.body());
            assertEquals(200, send(server, "GET", "/api/formats", null).statusCode(), "other requests are answered");
        }
    }

    /**
     * Twenty drafts checked at once (people typing in the draft tab) all wait for their turn: each takes its
     * place when its headers arrive and holds it until its body is in, so all twenty are in flight together.
     */
    @Test
    void twentyChecksAtOnceAreAllAnsweredNotRefused() throws Exception {
        byte[] body = ("kind: post\nid: draft\nplatform: instagram\nformat: post\ncaption: \"#ad Sunday reset\"\n# "
                + "x".repeat(1_000) + "\n").getBytes(StandardCharsets.US_ASCII);
        try (WebServer server = WebServer.start(TestEngine.get(), "test", "127.0.0.1", 0, WebServer.Limits.DEFAULT, TestEngine.CLOCK)) {
            List<Socket> clients = new ArrayList<>();
            try {
                for (int i = 0; i < 20; i++) {
                    Socket s = slowBody(server, body.length);
                    if (body[0] != 'k') throw new IllegalStateException("slowBody sends the body's first byte, 'k'");
                    clients.add(s);
                }
                Thread.sleep(300); // every request reaches the handler and takes its place (the rest comes at over 1 KB/s)
                for (Socket s : clients) {
                    s.getOutputStream().write(body, 1, body.length - 1);
                    s.getOutputStream().flush();
                }
                for (Socket s : clients) {
                    String status = new String(s.getInputStream().readNBytes(12), StandardCharsets.US_ASCII);
                    assertEquals("HTTP/1.1 200", status);
                }
            } finally {
                for (Socket s : clients) s.close();
            }
        }
    }

    @Test
    void slowBodiesDoNotStarveOtherRequestsAndAreCutOff() throws Exception {
        try (WebServer server = WebServer.start(TestEngine.get(), "test", "127.0.0.1", 0, WebServer.Limits.DEFAULT, TestEngine.CLOCK)) {
            List<Socket> slow = new ArrayList<>();
            try {
                for (int i = 0; i < 70; i++) slow.add(slowBody(server, 1_000));
                for (String path : List.of("/", "/api/rules", "/api/options")) {
                    long started = System.nanoTime();
                    assertEquals(200, send(server, "GET", path, null).statusCode(), path);
                    long ms = (System.nanoTime() - started) / 1_000_000;
                    assertTrue(ms < 5_000, "GET " + path + " answered in " + ms + " ms while 70 bodies trickle in");
                }
                long started = System.nanoTime();
                HttpResponse<String> check = send(server, "POST", "/api/check", "kind: brief\nid: b\n");
                long ms = (System.nanoTime() - started) / 1_000_000;
                assertTrue(check.statusCode() == 200 || check.statusCode() == 429, check.statusCode() + " " + check.body());
                assertTrue(ms < 5_000, "a check is answered or refused at once, not left to time out: " + ms + " ms");

                // one more byte two seconds later: far below the minimum rate, so the server gives up on the body
                Thread.sleep(2_000);
                int cutOff = 0;
                for (Socket s : slow) {
                    try {
                        s.getOutputStream().write('i');
                        s.getOutputStream().flush();
                    } catch (IOException e) {
                        cutOff++; // already closed (refused with 429 before)
                    }
                }
                for (Socket s : slow) {
                    if (!s.isClosed() && answeredOrClosed(s)) cutOff++;
                }
                assertTrue(cutOff >= 70, "every slow body was answered or closed: " + cutOff);
            } finally {
                for (Socket s : slow) s.close();
            }
        }
    }

    /** True when the server answers (408, 429) or closes the connection within the socket's timeout. */
    private static boolean answeredOrClosed(Socket s) {
        try {
            InputStream in = s.getInputStream();
            byte[] head = in.readNBytes(12);
            String status = new String(head, StandardCharsets.US_ASCII);
            return head.length == 0 || status.startsWith("HTTP/1.1 408") || status.startsWith("HTTP/1.1 429");
        } catch (IOException e) {
            return true; // reset by the server
        }
    }

    @Test
    void aCheckStoppedAtItsTimeLimitLeavesTheCpuIdleWhenThe503IsSent() throws Exception {
        Engine looping = TestEngine.engineFor(Path.of("src/test/resources/rules/engine/timeout/fires.yaml"));
        try (WebServer server = WebServer.start(looping, "test", "127.0.0.1", 0, new WebServer.Limits(15_000, 1_000), TestEngine.CLOCK)) {
            long started = System.nanoTime();
            HttpResponse<String> r = send(server, "POST", "/api/check", LOOPING);
            long ms = (System.nanoTime() - started) / 1_000_000;
            assertEquals(503, r.statusCode(), r.body());
            assertTrue(r.body().contains("took longer"), r.body());
            assertTrue(ms < 10_000, "answered at about the time limit of 1 s: " + ms + " ms");

            long waitUntil = System.nanoTime() + 1_000_000_000L;
            while (server.runningChecks() > 0 && System.nanoTime() < waitUntil) Thread.sleep(10);
            assertEquals(0, server.runningChecks(), "no check is running a second after the 503");

            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long before = checkThreadsCpu(threads);
            Thread.sleep(500);
            long usedMs = (checkThreadsCpu(threads) - before) / 1_000_000;
            assertTrue(usedMs < 100, "the check threads used " + usedMs + " ms of CPU in the half second after the 503");
        }
    }

    private static long checkThreadsCpu(ThreadMXBean threads) {
        long total = 0;
        for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
            if (info == null || !(info.getThreadName().startsWith("briefcheck-check") || info.getThreadName().startsWith("ForkJoinPool"))) continue;
            long t = threads.getThreadCpuTime(info.getThreadId());
            if (t > 0) total += t;
        }
        return total;
    }
}
