package io.briefcheck;

import io.briefcheck.load.Document;
import io.briefcheck.load.InputRule;
import io.briefcheck.load.Loader;
import io.briefcheck.model.Kind;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A rule's {@code @bad} or {@code @good} example turned into a file briefcheck can check. An example
 * is the part of a document that matters, e.g. {@code connection: paid\ncaption: Loving my new serum};
 * several documents (a brief and a post for it) are separated by {@code ---} lines. Each document
 * gets what the example leaves out:
 * <ul>
 * <li>{@code kind:}, unless given: the one whose fields the example uses (a post has a caption, a
 * creator a follower count); when several fit, the rule's namespace decides (ftc/asa/rsm: post,
 * brief/mistake/template: brief, metrics: results, practice: influencer);</li>
 * <li>the required fields, with plain values: an id, a brand, a platform and format (a reel when the
 * example has a {@code video:} section), a caption that says {@code #ad}; a post is sponsored
 * ({@code connection: paid}) unless the example says otherwise;</li>
 * <li>for a post under ftc/, asa/, rsm/, uwg/, fr/ or eu/, its market (US, UK, NL, DE, FR, IT) unless the
 * example names one;</li>
 * <li>links between the documents: a post names the example's brief and creator, results name the
 * example's post (or brief).</li>
 * </ul>
 * The example's own lines come first and are never changed, so what {@code briefcheck explain} shows
 * is what is checked.
 */
record RuleExample(String ruleName, String id, String which, String text) {

    private static final Pattern SEPARATOR = Pattern.compile("(?m)^---\\s*$");
    private static final Pattern TOP_KEY = Pattern.compile("(?m)^([A-Za-z_][\\w-]*)\\s*:");
    private static final Pattern NAMING_KEY = Pattern.compile("[a-z_]+");
    private static final Map<String, Kind> KIND_BY_NAMESPACE = Map.of("ftc", Kind.POST, "asa", Kind.POST,
            "rsm", Kind.POST, "brief", Kind.BRIEF, "mistake", Kind.BRIEF, "metrics", Kind.RESULTS,
            "practice", Kind.INFLUENCER, "template", Kind.BRIEF);
    private static final Map<String, String> MARKET_BY_NAMESPACE = Map.of("ftc", "US", "asa", "UK", "rsm", "NL",
            "uwg", "DE", "fr", "FR", "eu", "IT");

    private String namespace() {
        return id.substring(0, id.indexOf('/'));
    }

    /** The example as a YAML stream of whole documents. */
    String document() {
        List<Part> parts = new ArrayList<>();
        for (String piece : SEPARATOR.split(text, -1)) parts.add(Part.of(piece.strip(), namespace()));
        String brief = refOf(parts, Kind.BRIEF);
        String post = refOf(parts, Kind.POST);
        String creator = refOf(parts, Kind.INFLUENCER);
        List<String> docs = new ArrayList<>();
        for (Part p : parts) {
            Map<String, String> defaults = new LinkedHashMap<>();
            defaults.put("kind", p.kind.code());
            switch (p.kind) {
                case BRIEF -> {
                    defaults.put("id", p.ref());
                    defaults.put("brand", "{name: Glow Botanics}");
                }
                case POST -> {
                    defaults.put("id", p.ref());
                    if (brief != null) defaults.put("brief", brief);
                    if (creator != null) defaults.put("author", "\"" + creator + "\"");
                    defaults.put("platform", "instagram");
                    defaults.put("format", p.keys.contains("video") ? "reel" : "post");
                    if (MARKET_BY_NAMESPACE.containsKey(namespace()) && !p.keys.contains("markets")) {
                        defaults.put("market", MARKET_BY_NAMESPACE.get(namespace()));
                    }
                    defaults.put("connection", "paid");
                    defaults.put("caption", "\"#ad\"");
                }
                case INFLUENCER -> {
                    defaults.put("handle", "\"" + p.ref() + "\"");
                    defaults.put("platform", "instagram");
                    defaults.put("followers", "10000");
                }
                case RESULTS -> {
                    if (post != null) defaults.put("post", post);
                    else if (brief != null) defaults.put("brief", brief);
                }
            }
            StringBuilder doc = new StringBuilder(p.text).append('\n');
            defaults.forEach((key, value) -> {
                if (!p.keys.contains(key)) doc.append(key).append(": ").append(value).append('\n');
            });
            docs.add(doc.toString());
        }
        return String.join("---\n", docs);
    }

    /** How other documents name the example's first document of this kind, or null when it has none. */
    private static String refOf(List<Part> parts, Kind kind) {
        return parts.stream().filter(p -> p.kind == kind).findFirst().map(Part::ref).orElse(null);
    }

    /** One document of the example: its text, its top-level fields, its kind and the id it gives itself. */
    private record Part(String text, List<String> keys, Kind kind, String ownId) {

        /** Its id (a creator's handle): its own, else a plain one. */
        String ref() {
            return ownId != null ? ownId : kind == Kind.INFLUENCER ? "@example" : "example-" + kind.code();
        }

        static Part of(String text, String namespace) {
            List<String> keys = new ArrayList<>();
            Matcher m = TOP_KEY.matcher(text);
            while (m.find()) keys.add(m.group(1));
            Document given = keys.contains("kind") ? load(text) : null;
            Kind kind = given != null && given.kind() != null ? given.kind() : kindOf(text, namespace);
            Document doc = given != null ? given : load("kind: " + kind.code() + "\n" + text);
            return new Part(text, keys, kind, doc.id());
        }

        /** The kinds whose fields include every top-level field of the text; the namespace's own first. */
        private static Kind kindOf(String text, String namespace) {
            Kind preferred = KIND_BY_NAMESPACE.getOrDefault(namespace, Kind.POST);
            List<Kind> order = new ArrayList<>(List.of(preferred));
            for (Kind k : Kind.values()) if (k != preferred) order.add(k);
            for (Kind k : order) {
                boolean fits = load("kind: " + k.code() + "\n" + text).problems().stream()
                        .noneMatch(p -> p.rule() == InputRule.UNKNOWN_FIELD && NAMING_KEY.matcher(p.path()).matches());
                if (fits) return k;
            }
            return preferred;
        }

        private static Document load(String yaml) {
            return new Loader().loadText("example", yaml).get(0);
        }
    }
}
