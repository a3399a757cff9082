package io.briefcheck.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Random;
import java.util.function.Function;

/**
 * The reproducers of issue 11, each an input with the outcome it must have. With a {@link Random}
 * they are one more family of the fuzzer (sizes and places vary around the issue's); without one
 * ({@code null}) each is exactly the issue's, for {@code ReproducersTest} and the packaged-jar test.
 */
final class Reproducers {

    record Reproducer(String name, Function<Random, Input> make) {
        Input exact() {
            return make.apply(null);
        }
    }

    static final List<Reproducer> ALL = List.of(
            new Reproducer("aliasOfALargeTextRepeated", Reproducers::aliasOfALargeTextRepeated),
            new Reproducer("manyFindingsInASmallFile", Reproducers::manyFindingsInASmallFile),
            new Reproducer("oneClaimRepeated", r -> repeatedCaption(r, "oneClaimRepeated", "clinically proven ", 20_000)),
            new Reproducer("adRepeated", r -> repeatedCaption(r, "adRepeated", "#ad ", 100_000)),
            new Reproducer("sponRepeated", r -> repeatedCaption(r, "sponRepeated", "#spon ", 20_000)),
            new Reproducer("manyStoryFrames", Reproducers::manyStoryFrames),
            new Reproducer("manySuppressionComments", Reproducers::manySuppressionComments),
            new Reproducer("badByteInTheMiddleDocument", Reproducers::badByteInTheMiddleDocument),
            new Reproducer("unicodeLineBreaks", Reproducers::unicodeLineBreaks),
            new Reproducer("controlCharactersInIdsAndValues", Reproducers::controlCharactersInIdsAndValues),
            new Reproducer("numbersBeyondRange", Reproducers::numbersBeyondRange),
            new Reproducer("unknownMarketCodes", Reproducers::unknownMarketCodes),
            new Reproducer("duplicateKeys", Reproducers::duplicateKeys),
            new Reproducer("deepNesting", Reproducers::deepNesting),
            new Reproducer("billionLaughs", Reproducers::billionLaughs),
            new Reproducer("pipe", r -> special("pipe", Reproducers::pipe)),
            new Reproducer("device", r -> special("device", plan -> {
                plan.paths.add("/dev/zero");
                plan.documents.put("/dev/zero", 1);
                return "/dev/zero";
            })),
            new Reproducer("unreadableFolder", Reproducers::unreadableFolder),
            new Reproducer("linkOutOfTheFolder", Reproducers::linkOutOfTheFolder),
            new Reproducer("fileGivenTwice", Reproducers::fileGivenTwice));

    private Reproducers() {
    }

    static Reproducer named(String name) {
        return ALL.stream().filter(r -> r.name().equals(name)).findFirst().orElseThrow();
    }

    /** The issue's size, or with a random source a size between a tenth and twice it. */
    private static int size(Random r, int issue) {
        return r == null ? issue : issue / 10 + r.nextInt(issue * 2);
    }

    /**
     * The same for the reproducers whose cost grows with their size: with a random source and a
     * {@link Mutations#MAX_POWER} below 5 (the run in {@code mvn verify}), a thirtieth (3) or a fifth (4) of it.
     */
    private static int scaled(Random r, int issue) {
        int divisor = r == null || Mutations.MAX_POWER >= 5 ? 1 : Mutations.MAX_POWER == 4 ? 5 : 30;
        return Math.max(1, size(r, issue) / divisor);
    }

    static String post(String caption) {
        return "kind: post\nid: p\nplatform: instagram\nformat: post\nmarket: US\nconnection: paid\nbrand: Glow Botanics\ncaption: "
                + Mutations.quoted(caption) + "\n";
    }

    private static void refused(Outcome o, String file, int index) {
        JsonNode d = o.document(file, index);
        o.require(d != null && d.get("status").asText().equals("error"), file + " #" + index + " is not read");
        o.require(!o.findings("input/limit-exceeded", file, index).isEmpty(), file + " #" + index + " gets input/limit-exceeded");
    }

    /** Fewer than 21 findings of each rule in each document: 20, then one that counts the rest. */
    private static void boundedPerRule(Outcome o) {
        java.util.Map<String, Integer> counts = new java.util.HashMap<>();
        for (JsonNode f : o.report().get("findings")) {
            counts.merge(f.get("rule").asText() + " " + f.get("file").asText() + "#" + f.get("index").asInt(), 1, Integer::sum);
        }
        counts.forEach((k, n) -> o.require(n <= 21, n + " findings of " + k));
    }

    // the issue: an anchor on a large text and an alias of it 49,000 times, a file of 1.7 MB
    private static Input aliasOfALargeTextRepeated(Random r) {
        int aliases = size(r, 49_000);
        return new Input("aliasOfALargeTextRepeated", plan -> {
            Path f = plan.file("alias.yaml", Seeds.POST + Mutations.aliasOfText(r == null ? 1_000 : 1_000 + r.nextInt(5_000), aliases), 1);
            plan.expect("the aliases are refused", o -> refused(o, f.toString(), 0));
        });
    }

    /**
     * The issue: a 115 KB input gave a report of many megabytes. Here, twelve 9,000-character captions
     * with "#ad" last, each judged for six markets, where every finding could carry the whole
     * rewritten caption.
     */
    private static Input manyFindingsInASmallFile(Random r) {
        int docs = r == null ? 12 : 1 + r.nextInt(Mutations.MAX_POWER >= 5 ? 20 : 4);
        return new Input("manyFindingsInASmallFile", plan -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < docs; i++) {
                String caption = Mutations.repeat("Clinically proven, the best serum ever. Use code SAVE20. ", 9_000 / 57) + " #ad #skincare";
                sb.append(i > 0 ? "---\n" : "").append(post(caption).replace("id: p", "id: p" + i)
                        .replace("market: US", "markets: [US, UK, NL, DE, FR, IT]"));
            }
            Path f = plan.file("many.yaml", sb.toString(), docs);
            long input = plan.bytes;
            plan.expect("the report stays in proportion to the input", o -> {
                long chars = o.reportedChars(f.toString());
                o.require(chars <= 10 * input + 256 * 1024, "findings of " + chars + " characters for " + input + " bytes");
                boundedPerRule(o);
            });
        });
    }

    // the issue: 20 KB of one claim phrase, 100 KB of "#ad #ad ...", 20 KB of "#spon"
    private static Input repeatedCaption(Random r, String name, String phrase, int issue) {
        int chars = scaled(r, issue);
        return new Input(name, plan -> {
            Path f = plan.file("caption.yaml", post(Mutations.repeat(phrase, chars / phrase.length())), 1);
            plan.expect("a report of bounded size", o -> {
                long reported = o.reportedChars(f.toString());
                o.require(reported < 200_000, "findings of " + reported + " characters");
                boundedPerRule(o);
            });
        });
    }

    // the issue: a story of 30,000 frames
    private static Input manyStoryFrames(Random r) {
        int frames = scaled(r, 30_000);
        return new Input("manyStoryFrames", plan -> {
            StringBuilder sb = new StringBuilder(post("Morning routine").replace("format: post", "format: story")).append("frames:\n");
            for (int i = 0; i < frames; i++) sb.append("  - {on_screen_text: \"#ad day ").append(i).append("\", duration_s: 5}\n");
            plan.file("frames.yaml", sb.toString(), 1);
            plan.expect("findings bounded per rule", Reproducers::boundedPerRule);
        });
    }

    // the issue: 50,000 suppression comments
    private static Input manySuppressionComments(Random r) {
        int comments = scaled(r, 50_000);
        int kind = r == null ? 2 : r.nextInt(3);
        return new Input("manySuppressionComments", plan -> {
            plan.file("suppressions.yaml", Mutations.suppressions(comments, kind) + post("Love this serum #ad"), 1);
            plan.expect("findings bounded per rule", Reproducers::boundedPerRule);
        });
    }

    // the issue: a byte that is not UTF-8 in document 2 of 3
    private static Input badByteInTheMiddleDocument(Random r) {
        return new Input("badByteInTheMiddleDocument", plan -> {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            bytes.writeBytes((post("#ad one") + "---\n").getBytes(StandardCharsets.UTF_8));
            bytes.writeBytes(post("#ad caf").replace("id: p", "id: q").getBytes(StandardCharsets.UTF_8));
            bytes.write(r == null ? 0xE9 : 0x80 + r.nextInt(0x80));
            bytes.writeBytes(("\n---\n" + post("#ad three ✓").replace("id: p", "id: s")).getBytes(StandardCharsets.UTF_8));
            Path f = plan.file("latin1.yaml", bytes.toByteArray(), 3);
            String name = f.toString();
            plan.expect("only the second document is unread", o -> {
                o.require(o.document(name, 1).get("status").asText().equals("error"), "document 2 is not read");
                o.require(o.findings("input/yaml-syntax", name, 1).stream()
                        .anyMatch(x -> x.get("message").asText().contains("not UTF-8")), "document 2 is said to be not UTF-8");
                o.require(!o.document(name, 0).get("status").asText().equals("error"), "document 1 is read");
                o.require(!o.document(name, 2).get("status").asText().equals("error"), "document 3 is read");
            });
        });
    }

    // the issue: U+2028, U+2029 and NEL, which YAML breaks lines at and editors do not
    private static Input unicodeLineBreaks(Random r) {
        return new Input("unicodeLineBreaks", plan -> {
            String breaks = r == null ? "\u2028\u2029\u0085" : Mutations.pick(r, Mutations.BREAKS) + Mutations.pick(r, Mutations.BREAKS);
            String text = "kind: post\nid: a" + breaks + "b\nplatform: instagram\nformat: post\ncaption: |\n  #ad one" + breaks
                    + "two\n  three\u2028\ncaptoin: x\n---\nkind: post\ncaption: \"never closed" + breaks + "\n";
            plan.file("breaks.yaml", text, 2);
            // every finding's line is a line of the file (the invariants check that); and the typo is found
            plan.expect("the typo is found", o -> o.require(!o.findings("input/unknown-field").isEmpty()
                    || !o.findings("input/yaml-syntax").isEmpty(), "an input finding"));
        });
    }

    // the issue: control characters, terminal escapes and newlines in ids and values
    private static Input controlCharactersInIdsAndValues(Random r) {
        String id = r == null ? "x\u001B[31mred\n::error file=evil::y\u0007\r" : "x" + Mutations.pick(r, Mutations.CONTROL).replace("\u0000", "") + "y";
        return new Input("controlCharactersInIdsAndValues", plan -> {
            String doc = post("#ad " + id + " caption").replace("id: p", "id: " + Mutations.quoted(id))
                    + Mutations.quoted("\u001B[2K" + id) + ": hidden\n";
            Path f = plan.file("control.yaml", doc, 1);
            plan.options.addAll(List.of("--format", "text", "--output", plan.dir.resolve("report.txt").toString()));
            plan.expect("the id is kept whole in JSON and shown escaped in text", o -> {
                o.require(o.document(f.toString(), 0).get("id").asText().equals(id), "the JSON report keeps the id as it is");
                o.require(o.text() != null && o.text().indexOf('\u001B') < 0, "no raw escape in the text report");
            });
        });
    }

    // the issue: followers: 99999999999999999999, 1e999, .inf, .nan
    private static Input numbersBeyondRange(Random r) {
        return new Input("numbersBeyondRange", plan -> {
            String n = r == null ? "99999999999999999999" : Mutations.pick(r, Mutations.NUMBERS);
            Path f = plan.file("numbers.yaml", "kind: influencer\nhandle: \"@sam\"\nplatform: instagram\nfollowers: " + n
                    + "\navg_likes: 1e999\navg_comments: .inf\navg_reach: .nan\n", 1);
            plan.expect("each odd number is an invalid value", o -> o.require(
                    o.findings("input/invalid-value", f.toString(), 0).size() >= (r == null ? 4 : 3), "input/invalid-value for each"));
        });
    }

    // the issue: market codes that are no country (USA, ZZ)
    private static Input unknownMarketCodes(Random r) {
        return new Input("unknownMarketCodes", plan -> {
            String codes = r == null ? "[USA, ZZ]" : "[" + Mutations.pick(r, new String[] {"USA", "ZZ", "XX", "EN"}) + ", ZZ]";
            Path f = plan.file("markets.yaml", post("#ad hi").replace("market: US", "markets: " + codes), 1);
            plan.expect("each code is an invalid value", o -> o.require(
                    o.findings("input/invalid-value", f.toString(), 0).size() >= 2, "input/invalid-value for each code"));
        });
    }

    private static Input duplicateKeys(Random r) {
        return new Input("duplicateKeys", plan -> {
            Path f = plan.file("duplicates.yaml", post("#ad hi") + "caption: again\nplatform: tiktok\n", 1);
            plan.expect("both duplicates are found", o -> o.require(o.findings("input/invalid-value", f.toString(), 0).stream()
                    .filter(x -> x.get("message").asText().contains("written twice")).count() == 2, "two 'written twice' findings"));
        });
    }

    private static Input deepNesting(Random r) {
        int depth = size(r, 10_000);
        return new Input("deepNesting", plan -> {
            Path f = plan.file("deep.yaml", Seeds.POST + "x: " + "[".repeat(depth) + "]".repeat(depth) + "\n", 1);
            plan.expect("refused as too deep", o -> o.require(depth <= 40 || !o.findings("input/limit-exceeded", f.toString(), 0).isEmpty(),
                    "input/limit-exceeded at depth " + depth));
        });
    }

    private static Input billionLaughs(Random r) {
        int levels = r == null ? 9 : 6 + r.nextInt(4); // ten aliases a level: from 6 levels on, over the limit of 50
        return new Input("billionLaughs", plan -> {
            Path f = plan.file("laughs.yaml", Seeds.POST + Mutations.laughs(levels, 10), 1);
            plan.expect("refused as a bomb", o -> refused(o, f.toString(), 0));
        });
    }

    /** A file that is not a regular one: its name is in the report, as one document that was not read. */
    private static Input special(String family, SpecialFile make) {
        return new Input(family, plan -> {
            String name = make.make(plan);
            plan.expect("not read, and said so", o -> o.require(o.document(name, 0) != null
                    && o.findings("input/yaml-syntax", name, 0).stream().anyMatch(x -> x.get("message").asText().contains("not a regular file")),
                    name + " is reported as not a regular file"));
        });
    }

    interface SpecialFile {
        String make(Plan plan) throws IOException;
    }

    /** A named pipe nobody writes to (opening it would block), or /dev/zero where mkfifo is missing. */
    private static String pipe(Plan plan) throws IOException {
        Path fifo = plan.dir.resolve("pipe.yaml");
        boolean made;
        try {
            made = new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor() == 0;
        } catch (IOException e) {
            made = false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            made = false;
        }
        String name = made ? fifo.toString() : "/dev/zero";
        plan.paths.add(name);
        plan.documents.put(name, 1);
        return name;
    }

    /** A folder that may not be read, beside a file that may. As root permissions do not stop reading: then it is read. */
    private static Input unreadableFolder(Random r) {
        return new Input("unreadableFolder", plan -> {
            Path top = plan.dir.resolve("top");
            plan.write("top/a.yaml", Seeds.POST.getBytes(StandardCharsets.UTF_8));
            Path locked = top.resolve("locked");
            plan.write("top/locked/b.yaml", Seeds.POST.getBytes(StandardCharsets.UTF_8));
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
            plan.paths.add(top.toString());
            plan.documents.put(top + "/a.yaml", 1);
            boolean blocked = !Files.isReadable(locked);
            plan.documents.put(top + (blocked ? "/locked" : "/locked/b.yaml"), 1);
            plan.expect("the locked folder is a finding", o -> o.require(!blocked || o.findings("input/yaml-syntax", top + "/locked", 0)
                    .stream().anyMatch(x -> x.get("message").asText().contains("permission denied")), "permission denied"));
        });
    }

    /** A link in the folder to a file outside it: skipped with a note on the error output. */
    private static Input linkOutOfTheFolder(Random r) {
        return new Input("linkOutOfTheFolder", plan -> {
            Path outside = plan.write("outside/secret.yaml", Seeds.POST.getBytes(StandardCharsets.UTF_8));
            plan.write("checked/a.yaml", Seeds.PROFILE.getBytes(StandardCharsets.UTF_8));
            Path checked = plan.dir.resolve("checked");
            Files.createSymbolicLink(checked.resolve("out.yaml"), outside);
            Files.createSymbolicLink(checked.resolve("again.yaml"), checked.resolve("a.yaml"));
            plan.paths.add(checked.toString());
            plan.documents.put(checked + "/a.yaml", 1);
            plan.expect("the link out is skipped with a note", o -> o.require(o.err().contains("out.yaml: a link to ")
                    && o.err().contains("skipped"), "a note about the link out"));
        });
    }

    /** A file named twice, and named again inside its folder: checked once. */
    private static Input fileGivenTwice(Random r) {
        return new Input("fileGivenTwice", plan -> {
            Path f = plan.file("twice.yaml", Seeds.POST, 1);
            plan.paths.add(f.toString());
            plan.paths.add(plan.dir.toString());
            plan.expect("listed once", o -> {
                int listed = 0;
                for (JsonNode d : o.report().get("documents")) if (d.get("file").asText().equals(f.toString())) listed++;
                o.require(listed == 1, "listed " + listed + " times");
            });
        });
    }
}
