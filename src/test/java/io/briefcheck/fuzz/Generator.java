package io.briefcheck.fuzz;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Makes input number {@code n} of a run from the seed alone, so any one input can be made again
 * ({@code -Dbriefcheck.fuzz.from=n -Dbriefcheck.fuzz.count=1}). Most inputs are one to four seed
 * documents, each changed by one to three {@link Mutations}, sometimes with bytes that are not UTF-8;
 * some are raw bytes; some are the issue's {@link Reproducers} at other sizes.
 */
final class Generator {

    /** Byte sequences that are not UTF-8: Latin-1, a lone continuation, overlong, a surrogate, past U+10FFFF, cut short. */
    private static final byte[][] BAD_BYTES = {{(byte) 0xE9}, {(byte) 0xFF}, {(byte) 0x80}, {(byte) 0xC3}, {(byte) 0xC0, (byte) 0xAF},
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, {(byte) 0xF0, (byte) 0x9F},
        {(byte) 0xFE, (byte) 0xFF}, {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}};
    private static final String[] NAMES = {"in.yaml", "in.yml", "IN.YAML", "with space.yaml", "é✓.yaml", "new\nline.yaml",
        "esc\u001B[31m.yaml", "-dash.yaml", "tab\t.yaml"};
    private static final String[] SEPARATORS = {"---\n", "--- \n", "---\t# next\n", "...\n---\n", "--- # c\n"};

    private final long seed;

    Generator(long seed) {
        this.seed = seed;
    }

    Input input(long n) {
        Random r = new Random(seed * 1_000_003L + n);
        int roll = r.nextInt(100);
        if (roll < 6) {
            Reproducers.Reproducer rep = Reproducers.ALL.get(r.nextInt(Reproducers.ALL.size()));
            Input in = rep.make().apply(r);
            return new Input("reproducer:" + in.family(), in.setup());
        }
        if (roll < 10) return randomBytes(r);
        return mutated(r);
    }

    private static Input mutated(Random r) {
        int docs = 1 + (r.nextInt(3) == 0 ? r.nextInt(4) : 0);
        List<String> names = new ArrayList<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        for (int d = 0; d < docs; d++) {
            String doc = Seeds.ALL.get(r.nextInt(Seeds.ALL.size()));
            for (int m = 1 + r.nextInt(3); m > 0; m--) {
                Mutations.Mutation mutation = Mutations.ALL.get(r.nextInt(Mutations.ALL.size()));
                doc = mutation.apply().apply(r, doc);
                names.add(mutation.name());
            }
            byte[] b = Oracle.keepOneDocument(doc).getBytes(StandardCharsets.UTF_8);
            if (r.nextInt(8) == 0) {
                b = insert(b, BAD_BYTES[r.nextInt(BAD_BYTES.length)], r.nextInt(b.length + 1));
                names.add("badBytes");
            }
            if (d > 0) {
                String sep = Mutations.pick(r, SEPARATORS);
                bytes.writeBytes(((bytes.size() > 0 && !endsWithBreak(bytes) ? "\n" : "") + sep).getBytes(StandardCharsets.UTF_8));
            }
            bytes.writeBytes(b);
        }
        String name = r.nextInt(10) == 0 ? Mutations.pick(r, NAMES) : "in.yaml";
        List<String> options = options(r);
        boolean text = r.nextInt(6) == 0;
        byte[] content = bytes.toByteArray();
        String family = String.join("+", names.stream().distinct().sorted().toList());
        return new Input(family, plan -> {
            plan.file(name, content, docs);
            plan.options.addAll(options);
            if (text) plan.options.addAll(List.of("--format", "text", "--output", plan.dir.resolve("report.txt").toString()));
        });
    }

    private static boolean endsWithBreak(ByteArrayOutputStream bytes) {
        byte[] b = bytes.toByteArray();
        return b[b.length - 1] == '\n';
    }

    private static byte[] insert(byte[] into, byte[] what, int at) {
        byte[] out = new byte[into.length + what.length];
        System.arraycopy(into, 0, out, 0, at);
        System.arraycopy(what, 0, out, at, what.length);
        System.arraycopy(into, at, out, at + what.length, into.length - at);
        return out;
    }

    /** Noise, or noise around YAML: counted by the document rules, as no generator put documents together. */
    private static Input randomBytes(Random r) {
        byte[] noise = new byte[r.nextInt(4000)];
        r.nextBytes(noise);
        byte[] content;
        if (r.nextBoolean()) {
            String seed = Seeds.ALL.get(r.nextInt(Seeds.ALL.size()));
            content = insert(seed.getBytes(StandardCharsets.UTF_8), noise, r.nextInt(seed.length() / 2 + 1));
        } else {
            content = noise;
        }
        return new Input("randomBytes", plan -> plan.file("noise.yaml", content,
                Oracle.count(new String(content, StandardCharsets.UTF_8))));
    }

    /** Now and then a market or a fail-on level. */
    private static List<String> options(Random r) {
        List<String> out = new ArrayList<>();
        if (r.nextInt(5) == 0) out.addAll(List.of("--market", Mutations.pick(r, new String[] {"US", "UK", "NL", "DE", "FR", "IT", "US,UK,NL,DE,FR,IT", "JP"})));
        if (r.nextInt(4) == 0) out.addAll(List.of("--fail-on", Mutations.pick(r, new String[] {"error", "warning", "info", "never"})));
        return out;
    }
}
