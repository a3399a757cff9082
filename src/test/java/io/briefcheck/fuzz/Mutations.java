package io.briefcheck.fuzz;

import java.util.List;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Changes to one document's text, each a named function of a seeded {@link Random}. They make what
 * issue 11 lists (bombs, deep nesting, huge texts, control characters, odd numbers and markets,
 * duplicate keys, odd line breaks) and plain damage, at sizes from tiny to the limits and past them.
 */
final class Mutations {

    record Mutation(String name, BiFunction<Random, String, String> apply) {
    }

    /** Characters and snippets that upset YAML or a text analyser. */
    private static final String[] DAMAGE = {":", " ", "\n", "-", "[", "]", "{", "}", "\"", "'", "&a", "*a", "!!",
        "\t", "#", "|", ">", "?", "%", "@", "`", "\uFEFF", "é", "1e999", "-5", "null", "~", "<<: *a", ": :",
        "\\", "\"\\u", "\"\\x", "!!binary ", "!!set ", "? ", "&", "*", ",", "- - -", "%YAML 1.1"};
    static final String[] CONTROL = {"\u0001", "\u0007", "\b", "\u000B", "\f", "\r", "\u001B", "\u001B[31m",
        "\u001B[2J", "\u001B]0;title\u0007", "\u007F", "\u0085", "\u009B", "\u200B", "\u202E", "\uFFFE", "\uFFFF",
        "\n::error file=x::y\n", "\u0000"};
    static final String[] BREAKS = {"\u2028", "\u2029", "\u0085", "\r", "\r\n", "\n\n", "\u000B", "\f"};
    static final String[] NUMBERS = {"99999999999999999999", "1e999", "-1e999", ".inf", "-.inf", ".nan", ".NaN",
        "9223372036854775807", "9223372036854775808", "-9223372036854775808", "0x7FFFFFFF", "0o17", "0b101",
        "1_000", "-0", "0.0000001", "1e-999", "12k", "\"48000\"", "4.8e4", "+12", "00012", "~", "''", "[]", "{}"};
    static final String[] MARKETS = {"USA", "ZZ", "usa", "us", "GB", "EN", "Germany", "\"\"", "U S", "XX", "EU",
        "NLD", "\"\\u001b\"", "123", "~", "[US]", "{a: b}"};
    /** Texts that rules look for, repeated into huge captions. */
    static final String[] PHRASES = {"clinically proven ", "#ad ", "#spon ", "#sponsored ", "#advertentie ",
        "Werbung ", "#collab ", "Use code SAVE20 for 20% off ", "@glowbotanics ", "https://x.example/?ref=a ",
        "guaranteed results in 7 days ", "not sponsored ", "the best serum ever made ", "😀", "e\u0301",
        "\u202Ead# ", "#ａｄ ", "#аd "};
    private static final String[] KEYS = {"caption", "id", "handle", "brief", "post", "market", "markets", "platform",
        "format", "connection", "followers", "reach", "language", "brand", "author", "kind", "claims", "frames",
        "transcript", "hashtags", "links", "captoin", "x"};

    static final List<Mutation> ALL = List.of(
            new Mutation("damage", Mutations::damage),
            new Mutation("truncate", (r, s) -> s.substring(0, r.nextInt(s.length() + 1))),
            new Mutation("control", (r, s) -> insert(r, s, pick(r, CONTROL))),
            new Mutation("controlInValue", Mutations::controlInValue),
            new Mutation("lineBreaks", (r, s) -> insert(r, s, pick(r, BREAKS))),
            new Mutation("number", Mutations::number),
            new Mutation("market", Mutations::market),
            new Mutation("duplicateKey", Mutations::duplicateKey),
            new Mutation("nesting", Mutations::nesting),
            new Mutation("laughs", (r, s) -> s + "\n" + laughs(2 + r.nextInt(8), 2 + r.nextInt(9))),
            new Mutation("aliasOfText", (r, s) -> s + "\n" + aliasOfText(1 + r.nextInt(pow(r, 5)), 1 + r.nextInt(pow(r, 4)))),
            new Mutation("hugeText", (r, s) -> field(s, pick(r, KEYS), quoted(repeat(pick(r, PHRASES), 1 + r.nextInt(pow(r, 5)))))),
            new Mutation("longWord", (r, s) -> field(s, "caption", "x" + "a".repeat(r.nextBoolean() ? r.nextInt(60_000) : 70_000 + r.nextInt(200_000)))),
            new Mutation("manyItems", Mutations::manyItems),
            new Mutation("suppressions", (r, s) -> suppressions(1 + r.nextInt(pow(r, 4)), r.nextInt(3)) + s),
            new Mutation("tags", (r, s) -> insert(r, s, pick(r, new String[] {"!!binary ", "!!python/object:os.system ", "!custom ",
                "!!set ", "!!omap ", "!!timestamp ", "!!float ", "!!int ", "!<tag:x> ", "<<: {kind: post}\n", "!!str "}))),
            new Mutation("typeSwap", Mutations::typeSwap),
            new Mutation("oddKeys", (r, s) -> s + "\n" + pick(r, new String[] {"? [a, b]\n: 1", "[1]: x", "~: y", "'': z",
                "? |\n  block key\n: v", "\"\\u0000\": nul", "1.5: f", "true: t", "k".repeat(5000) + ": long"})),
            new Mutation("unicode", (r, s) -> insert(r, s, pick(r, new String[] {"😀", "👩🏽‍💻", "e\u0301\u0301\u0301", "\u202E",
                "\u200B\u200B", "\uFEFF", "ǅ", "ß", "İ", "\uD83C\uDDFA\uD83C\uDDF8", "ｆｕｌｌ", "\u0663\u0664"}))),
            new Mutation("tabs", (r, s) -> s.replaceFirst("(?m)^  ", "\t")),
            new Mutation("swapLines", Mutations::swapLines));

    private Mutations() {
    }

    static String pick(Random r, String[] from) {
        return from[r.nextInt(from.length)];
    }

    /**
     * The largest power of ten a size may reach ({@code -Dbriefcheck.fuzz.maxPower}, default 3): with
     * 3, texts and lists stay within the issue's smaller reproducers (20 KB, a thousand items), which
     * keeps the 5,000 inputs of {@code mvn verify} within minutes; the long run ({@code src/bench/fuzz.sh})
     * goes to 5, where the issue's largest are, and {@link Reproducers} are always at full size.
     */
    static final int MAX_POWER = Integer.getInteger("briefcheck.fuzz.maxPower", 3);

    /** 10^(1..max) with more small than large: sizes spread over orders of magnitude, up to {@link #MAX_POWER}. */
    static int pow(Random r, int max) {
        int p = 1;
        for (int i = r.nextInt(Math.min(max, MAX_POWER)) + 1; i > 0; i--) p *= 10;
        return p;
    }

    static String insert(Random r, String s, String what) {
        int at = r.nextInt(s.length() + 1);
        return s.substring(0, at) + what + s.substring(at);
    }

    static String repeat(String phrase, int times) {
        return phrase.repeat(Math.max(1, Math.min(times, 2_500_000 / phrase.length())));
    }

    /** A double-quoted YAML text: escapes make any character writable, even those YAML does not allow raw. */
    static String quoted(String text) {
        StringBuilder sb = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') sb.append('\\').appendCodePoint(c);
            else if (c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029 || c == 0xFFFE || c == 0xFFFF) {
                sb.append(String.format("\\u%04x", c)); // not printable in YAML, or a line break there
            } else sb.appendCodePoint(c);
        });
        return sb.append('"').toString();
    }

    /** The document with {@code key} set to {@code value}: the first top-level line of that key replaced, else one added. */
    static String field(String doc, String key, String value) {
        Matcher m = Pattern.compile("(?m)^" + Pattern.quote(key) + ":.*$").matcher(doc);
        if (m.find()) return doc.substring(0, m.start()) + key + ": " + value + doc.substring(m.end());
        return doc + (doc.endsWith("\n") ? "" : "\n") + key + ": " + value + "\n";
    }

    private static String damage(Random r, String s) {
        StringBuilder sb = new StringBuilder(s);
        for (int i = 1 + r.nextInt(6); i > 0 && sb.length() > 0; i--) {
            int at = r.nextInt(sb.length());
            if (r.nextBoolean()) sb.insert(at, pick(r, DAMAGE));
            else sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(20)));
        }
        return sb.toString();
    }

    /** An id, handle or other value that holds newlines, escapes and control characters. */
    private static String controlInValue(Random r, String s) {
        StringBuilder v = new StringBuilder("x");
        for (int i = 1 + r.nextInt(4); i > 0; i--) v.append(pick(r, CONTROL)).append("y");
        return field(s, pick(r, new String[] {"id", "handle", "post", "brief", "caption", "brand", "author", "x"}), quoted(v.toString()));
    }

    private static String number(Random r, String s) {
        Matcher m = Pattern.compile("(?<=: )\\d+\\b").matcher(s);
        int count = 0;
        while (m.find()) count++;
        if (count == 0) return field(s, pick(r, new String[] {"followers", "reach", "likes", "cost"}), pick(r, NUMBERS));
        int which = r.nextInt(count);
        m.reset();
        for (int i = 0; i <= which; i++) m.find();
        return s.substring(0, m.start()) + pick(r, NUMBERS) + s.substring(m.end());
    }

    private static String market(Random r, String s) {
        StringBuilder list = new StringBuilder("[");
        for (int i = r.nextInt(r.nextInt(10) == 0 ? 300 : 5); i >= 0; i--) list.append(pick(r, MARKETS)).append(i > 0 ? ", " : "");
        return r.nextBoolean() ? field(s, "market", pick(r, MARKETS)) : field(s, "markets", list.append(']').toString());
    }

    private static String duplicateKey(Random r, String s) {
        String[] lines = s.split("\n", -1);
        List<Integer> keys = new java.util.ArrayList<>();
        for (int i = 0; i < lines.length; i++) if (lines[i].matches("\\s*[a-z_]+:.*")) keys.add(i);
        if (keys.isEmpty()) return s + "\nkind: post\nkind: brief\n";
        int i = keys.get(r.nextInt(keys.size()));
        StringBuilder sb = new StringBuilder();
        for (int j = 0; j < lines.length; j++) {
            sb.append(lines[j]);
            if (j < lines.length - 1) sb.append('\n');
            if (j == i) sb.append('\n').append(lines[j]);
        }
        return sb.toString();
    }

    /** A value nested {@code depth} levels: flow lists, flow maps or indented sections. */
    private static String nesting(Random r, String s) {
        int depth = 1 + r.nextInt(r.nextBoolean() ? 60 : 3000);
        String value = switch (r.nextInt(3)) {
            case 0 -> "[".repeat(depth) + "x" + "]".repeat(depth);
            case 1 -> "{a: ".repeat(depth) + "x" + "}".repeat(depth);
            default -> {
                StringBuilder sb = new StringBuilder();
                for (int i = 0; i < Math.min(depth, 400); i++) sb.append('\n').append(" ".repeat(i + 1)).append("a:");
                yield sb.append(" x").toString();
            }
        };
        return field(s, pick(r, KEYS), value);
    }

    /** "Billion laughs": {@code levels} anchors, each a list of {@code width} aliases of the one before. */
    static String laughs(int levels, int width) {
        StringBuilder sb = new StringBuilder("l0: &l0 [\"lol\"]\n");
        for (int i = 1; i <= levels; i++) {
            sb.append('l').append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < width; j++) sb.append(j > 0 ? ", " : "").append("*l").append(i - 1);
            sb.append("]\n");
        }
        return sb.toString();
    }

    /** One text of {@code length} characters under an anchor, and {@code aliases} aliases of it in story frames. */
    static String aliasOfText(int length, int aliases) {
        StringBuilder sb = new StringBuilder("x: &a \"").append(repeat("lol ", length / 4 + 1)).append("\"\nframes:\n");
        for (int i = 0; i < aliases; i++) sb.append("  - {on_screen_text: *a, label: x}\n");
        return sb.toString();
    }

    private static String manyItems(Random r, String s) {
        int n = 1 + r.nextInt(pow(r, 4) * 3);
        String[] items = {"- {on_screen_text: \"#ad hi\", duration_s: 5}", "- {at: \"0:01\", text: \"#ad sponsored by Glow\"}",
            "- \"#ad\"", "- 100", "- clinically proven", "- {metric: err, target: \"4%\"}", "- {}", "- []", "- ~"};
        String key = pick(r, new String[] {"frames", "claims", "links", "frame_views", "niche", "markets", "x"});
        String item = pick(r, items);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < n; i++) sb.append("\n  ").append(item);
        return field(s, key, sb.toString());
    }

    /** {@code n} suppression comments: with a reason (0), without one (1), or naming no rule briefcheck knows (2). */
    static String suppressions(int n, int kind) {
        String line = switch (kind) {
            case 0 -> "# briefcheck-disable-next-line ftc/label-buried -- agreed";
            case 1 -> "# briefcheck-disable-next-line ftc/label-buried";
            default -> "# briefcheck-disable-next-line x";
        };
        return (line + "\n").repeat(n);
    }

    private static String typeSwap(Random r, String s) {
        return field(s, pick(r, KEYS), pick(r, new String[] {"[a, b]", "{a: b}", "~", "null", "yes", "no", "on", "true",
            "2026-13-45", "\"\"", "''", "|\n  block\n  text", ">-\n  folded", "*nowhere", "&anchor", "- item", "[[]]", "{{}}"}));
    }

    private static String swapLines(Random r, String s) {
        String[] lines = s.split("\n", -1);
        if (lines.length < 2) return s;
        int a = r.nextInt(lines.length), b = r.nextInt(lines.length);
        String t = lines[a];
        lines[a] = lines[b];
        lines[b] = t;
        return String.join("\n", lines);
    }
}
