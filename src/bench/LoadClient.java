import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;

/**
 * The load client of {@code src/bench/load.sh}: N clients on loopback, each with one keep-alive
 * connection, send the draft checks the page sends ({@code POST /api/check?name=draft.yaml} with the
 * draft as JSON, as {@code app.js} builds it) one after another, without pause, and the latencies,
 * throughput and answers by status are printed. Plain sockets and hand-written HTTP/1.1, so the
 * client itself costs little of the machine's CPU. Run with {@code java src/bench/LoadClient.java}
 * (single-file source, JDK only).
 * <p>
 * Arguments: {@code --port P --clients N --requests N --warmup N --max-seconds S [--pid PID --clock-ticks HZ]}. A client that gets an
 * error status goes on (429 and 503 are answers the server is allowed to give under load: they are counted, not retried).
 */
public final class LoadClient {

    public static void main(String[] args) throws Exception {
        Map<String, String> opts = new TreeMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) opts.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        int port = Integer.parseInt(required(opts, "port"));
        int clients = Integer.parseInt(opts.getOrDefault("clients", "20"));
        int requests = Integer.parseInt(opts.getOrDefault("requests", "10000"));
        int warmup = Integer.parseInt(opts.getOrDefault("warmup", "3000"));
        long maxSeconds = Long.parseLong(opts.getOrDefault("max-seconds", "120"));
        String pid = opts.get("pid");
        int clockTicks = Integer.parseInt(opts.getOrDefault("clock-ticks", "100"));

        List<byte[]> drafts = Drafts.all(port);
        if (pid != null) System.out.println("server RSS at start:   " + memory(pid));
        Phase warm = run("warm-up", port, clients, warmup, maxSeconds, drafts);
        warm.print(false);
        if (pid != null) System.out.println("server RSS after warm-up: " + memory(pid));
        long cpuBefore = pid == null ? 0 : cpuMillis(pid, clockTicks);
        Phase measured = run("measured", port, clients, requests, maxSeconds, drafts);
        measured.print(true);
        if (pid != null) {
            long cpu = cpuMillis(pid, clockTicks) - cpuBefore;
            long done = Arrays.stream(measured.latencies).filter(l -> l > 0).count();
            System.out.printf(Locale.ROOT, "server CPU: %.2f ms per request (%.1f of %d cores busy; steadier than wall time on a shared machine)%n",
                    (double) cpu / Math.max(1, done), cpu / 1000.0 / measured.seconds, Runtime.getRuntime().availableProcessors());
        }
        if (pid != null) System.out.println("server RSS after load: " + memory(pid));
        if (measured.failures.sum() > 0) System.exit(1);
    }

    private static String required(Map<String, String> opts, String name) {
        String v = opts.get(name);
        if (v == null) throw new IllegalArgumentException("--" + name + " is required");
        return v;
    }

    /** VmRSS (now) and VmHWM (the peak so far) of the server process. */
    private static String memory(String pid) throws IOException {
        String rss = "?", hwm = "?";
        for (String line : Files.readAllLines(Path.of("/proc", pid, "status"))) {
            if (line.startsWith("VmRSS:")) rss = mib(line);
            if (line.startsWith("VmHWM:")) hwm = mib(line);
        }
        return rss + " MiB (peak so far " + hwm + " MiB)";
    }

    /** User plus system CPU time the server has used so far (/proc/PID/stat, fields 14 and 15, in clock ticks). */
    private static long cpuMillis(String pid, int clockTicks) throws IOException {
        String stat = Files.readString(Path.of("/proc", pid, "stat"));
        String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
        return (Long.parseLong(f[11]) + Long.parseLong(f[12])) * 1000 / clockTicks;
    }

    private static String mib(String statusLine) {
        long kib = Long.parseLong(statusLine.replaceAll("[^0-9]", ""));
        return String.valueOf(Math.round(kib / 1024.0));
    }

    /** One phase: {@code count} requests shared by {@code clients} connections, stopped at {@code maxSeconds} at the latest. */
    private static Phase run(String name, int port, int clients, int count, long maxSeconds, List<byte[]> drafts)
            throws InterruptedException {
        Phase phase = new Phase(name, clients, count);
        AtomicInteger next = new AtomicInteger();
        long stopAt = System.nanoTime() + maxSeconds * 1_000_000_000L;
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < clients; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                Connection conn = null;
                for (int i; (i = next.getAndIncrement()) < count && System.nanoTime() < stopAt; ) {
                    byte[] request = drafts.get(i % drafts.size());
                    long t0 = System.nanoTime();
                    try {
                        if (conn == null) conn = new Connection(port);
                        int status = conn.exchange(request);
                        phase.latencies[i] = System.nanoTime() - t0;
                        phase.count(status);
                        if (!conn.keepAlive) { conn.close(); conn = null; }
                    } catch (IOException e) {
                        phase.latencies[i] = System.nanoTime() - t0;
                        phase.count(-1);
                        if (conn != null) conn.close();
                        conn = null;
                    }
                }
                if (conn != null) conn.close();
            }, "load-" + client);
            threads.add(t);
            t.start();
        }
        for (Thread t : threads) t.join();
        phase.seconds = (System.nanoTime() - start) / 1e9;
        return phase;
    }

    private static final class Phase {
        final String name;
        final int clients;
        final long[] latencies;
        final Map<Integer, LongAdder> byStatus = new ConcurrentHashMap<>();
        final LongAdder failures = new LongAdder();
        double seconds;

        Phase(String name, int clients, int count) {
            this.name = name;
            this.clients = clients;
            this.latencies = new long[count];
        }

        void count(int status) {
            byStatus.computeIfAbsent(status, s -> new LongAdder()).increment();
            if (status != 200) failures.increment();
        }

        void print(boolean full) {
            long[] done = Arrays.stream(latencies).filter(l -> l > 0).sorted().toArray();
            StringBuilder statuses = new StringBuilder();
            new TreeMap<>(byStatus).forEach((s, n) -> statuses.append(s == -1 ? " io-error" : " " + s).append(": ").append(n.sum()));
            if (done.length == 0) {
                System.out.println(name + ": no request completed");
                return;
            }
            String line = String.format(Locale.ROOT, "%s: %d requests from %d clients in %.1f s = %.0f requests/s;%s",
                    name, done.length, clients, seconds, done.length / seconds, statuses);
            System.out.println(line);
            if (full) {
                System.out.printf(Locale.ROOT, "latency ms: p50 %.1f  p90 %.1f  p99 %.1f  max %.1f%n",
                        ms(done, 0.50), ms(done, 0.90), ms(done, 0.99), done[done.length - 1] / 1e6);
            }
        }

        private static double ms(long[] sorted, double q) {
            int i = (int) Math.ceil(q * sorted.length) - 1;
            return sorted[Math.max(0, Math.min(sorted.length - 1, i))] / 1e6;
        }
    }

    /** One keep-alive HTTP/1.1 connection: writes a request, reads the whole answer (Content-Length or chunked). */
    private static final class Connection {
        final Socket socket;
        final OutputStream out;
        final InputStream in;
        boolean keepAlive = true;

        Connection(int port) throws IOException {
            socket = new Socket();
            socket.setTcpNoDelay(true);
            socket.connect(new InetSocketAddress("127.0.0.1", port), 5_000);
            socket.setSoTimeout(30_000);
            out = socket.getOutputStream();
            in = new BufferedInputStream(socket.getInputStream(), 64 * 1024);
        }

        int exchange(byte[] request) throws IOException {
            out.write(request);
            out.flush();
            String statusLine = line();
            if (statusLine == null || !statusLine.startsWith("HTTP/1.1 ")) throw new IOException("bad status line: " + statusLine);
            int status = Integer.parseInt(statusLine.substring(9, 12));
            long length = -1;
            boolean chunked = false;
            for (String h; (h = line()) != null && !h.isEmpty(); ) {
                String lower = h.toLowerCase(Locale.ROOT);
                if (lower.startsWith("content-length:")) length = Long.parseLong(lower.substring(15).strip());
                else if (lower.startsWith("transfer-encoding:") && lower.contains("chunked")) chunked = true;
                else if (lower.startsWith("connection:") && lower.contains("close")) keepAlive = false;
            }
            if (chunked) {
                for (long size; (size = Long.parseLong(line().strip().split(";")[0], 16)) > 0; ) {
                    skip(size);
                    line();
                }
                while (!line().isEmpty()) { /* trailers */ }
            } else if (length >= 0) {
                skip(length);
            } else {
                keepAlive = false;
                in.transferTo(OutputStream.nullOutputStream());
            }
            return status;
        }

        private void skip(long n) throws IOException {
            in.skipNBytes(n);  // EOFException when the body is short
        }

        private String line() throws IOException {
            ByteArrayOutputStream b = new ByteArrayOutputStream(128);
            for (int c; (c = in.read()) != -1; ) {
                if (c == '\n') return b.toString(StandardCharsets.ISO_8859_1).replaceFirst("\r$", "");
                b.write(c);
            }
            throw new IOException("connection closed");
        }

        void close() {
            try {
                socket.close();
            } catch (IOException e) {
                // closing anyway
            }
        }
    }

    /**
     * Draft posts as the page's "Check my draft" form sends them: platform, format, connection, caption,
     * the paid-partnership box, sometimes markets and transcript lines. Captions mix clean posts and the
     * usual mistakes (no label, a label buried in the hashtags, a vague label); each request's text differs.
     */
    private static final class Drafts {
        private static final String[] CAPTIONS = {
            "#ad Three weeks with the Glow Botanics vitamin C serum and my skin feels brighter. Two drops every morning. #skincare #vegan",
            "Glow Botanics sent me their new cream to try - here's my honest take after a week 💛",
            "Sunday reset ☕️ slow morning, clean sheets, and the serum that has been on my shelf all month.\n"
                    + "Honestly the texture is everything.\n#sundayreset #selfcare #skincare #ad #morningroutine #slowliving",
            "Weekend skincare lineup, #ad, featuring my new favourite serum",
            "Loving this collab with @glowbotanics! #sp #skincare",
            "New in: the softest hoodie I own 🧸",
            "Paid partnership with Northwind Running. These shoes took me through my first half marathon - "
                    + "use code RUN15 for 15% off at the link in bio. #running #halfmarathon",
            "My morning routine with the new serum, three weeks in. Use code SAVE20 for 20% off.\n#skincare #vegan #morningroutine #ad",
            "Werbung | Mein Lieblingsserum für den Winter, drei Wochen getestet. #hautpflege #werbung",
            "Collaboration commerciale avec Glow Botanics : mon avis honnête après un mois. #skincare",
            "Finally tried the viral protein bars everyone is talking about... link in bio 👀 #fitness #snacks",
            "Thanks @brightbank for sponsoring today's video! Opening a savings account took five minutes. #money #ad",
        };
        private static final String[][] SHAPES = {  // platform, format, connection
            {"instagram", "post", "paid"}, {"instagram", "reel", "gifted"}, {"tiktok", "video", "paid"},
            {"youtube", "video", "affiliate"}, {"instagram", "story", "paid"}, {"tiktok", "video", "none"},
        };
        private static final String[] MARKETS = {null, "US", "UK", "NL", "DE", "FR"};

        static List<byte[]> all(int port) {
            List<byte[]> out = new ArrayList<>();
            for (int i = 0; i < 240; i++) {
                String[] shape = SHAPES[i % SHAPES.length];
                String caption = CAPTIONS[i % CAPTIONS.length] + (i >= CAPTIONS.length ? " #day" + i : "");
                StringBuilder json = new StringBuilder("{\"kind\":\"post\",\"id\":\"draft\"")
                        .append(",\"platform\":").append(quote(shape[0]))
                        .append(",\"format\":").append(quote(shape[1]))
                        .append(",\"connection\":").append(quote(shape[2]))
                        .append(",\"caption\":").append(quote(caption))
                        .append(",\"platform_label\":").append(i % 4 == 0);
                String market = MARKETS[i % MARKETS.length];
                if (market != null) json.append(",\"markets\":[").append(quote(market)).append(']');
                if (shape[1].equals("video") || shape[1].equals("reel")) {
                    json.append(",\"video\":{\"transcript\":[{\"at\":\"0:03\",\"text\":")
                            .append(quote(i % 3 == 0 ? "This video is sponsored by Glow Botanics" : "Hi everyone, welcome back"))
                            .append("},{\"at\":\"0:41\",\"text\":\"Link is in my bio\"}]}");
                }
                byte[] body = json.append('}').toString().getBytes(StandardCharsets.UTF_8);
                String head = "POST /api/check?name=draft.yaml HTTP/1.1\r\nHost: 127.0.0.1:" + port
                        + "\r\nContent-Type: application/json\r\nAccept: */*\r\nContent-Length: " + body.length + "\r\n\r\n";
                byte[] request = Arrays.copyOf(head.getBytes(StandardCharsets.ISO_8859_1), head.length() + body.length);
                System.arraycopy(body, 0, request, head.length(), body.length);
                out.add(request);
            }
            return out;
        }

        private static String quote(String s) {
            StringBuilder b = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') b.append('\\').append(c);
                else if (c == '\n') b.append("\\n");
                else b.append(c);
            }
            return b.append('"').toString();
        }
    }
}
