package io.briefcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import io.briefcheck.core.Finding;
import io.briefcheck.core.Severity;
import io.briefcheck.report.Report;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * A regression corpus of real decisions (src/test/resources/decisions/&lt;market&gt;/*.yaml): each file is
 * one draft post rebuilt from a public ruling, court judgment, enforcement action or official guidance
 * example, with what the regulator held in its header comments:
 * <pre>
 * # source: https://...
 * # decision: who, when, reference
 * # verdict: breach | compliant
 * # why: one line
 * # pending_format: what the post format cannot say yet   (optional)
 * # superseded: https://... what the regulator holds now    (optional)
 * </pre>
 * A superseded case is an older decision the same regulator (or its code) has since turned around; it is
 * listed with the tool's verdict but not scored, so the tool is held to what regulators hold today.
 * The tool's verdict is "breach" when a rule of that market's pack reports an error or a warning, else
 * "compliant". The corpus measures how often the tool agrees with the regulators; see docs/decisions.md.
 */
class DecisionCorpusTest {

    static final Path ROOT = Path.of("src/test/resources/decisions");

    /**
     * The ratchet: minimum accuracy and maximum false-alarm rate (both in %) per market, set to what the
     * rules reached when the corpus was built, so the build stays green and can only get better. Raise a
     * minimum or lower a maximum when the rules improve; never loosen one to let a change through.
     * Every market meets the target, accuracy >= 95 % and false alarms <= 5 % ({@link #TARGET}), and no
     * threshold may be set below it ({@link #thresholdsMeetTheTarget}).
     */
    static final Map<String, Threshold> THRESHOLDS = Map.of(
            "US", new Threshold(100.0, 0.0),
            "UK", new Threshold(96.8, 0.0),
            "NL", new Threshold(100.0, 0.0),
            "DE", new Threshold(100.0, 0.0),
            "FR", new Threshold(100.0, 0.0),
            "EU", new Threshold(100.0, 0.0));

    /** What a compliance officer can trust: at least 95 % of verdicts right, at most 5 % false alarms. */
    static final Threshold TARGET = new Threshold(95.0, 5.0);

    /** Which rule namespaces speak for a market; mistake/ rules judge a post against its brief in any market. */
    static final Map<String, Set<String>> PACKS = Map.of(
            "US", Set.of("ftc", "mistake"),
            "UK", Set.of("asa", "mistake"),
            "NL", Set.of("rsm", "nrc", "mistake"),
            "DE", Set.of("uwg", "mistake"),
            "FR", Set.of("fr", "mistake"),
            "EU", Set.of("eu", "mistake"));

    /** Fields a pending case may use before the format knows them (their input/ findings are expected). */
    static final List<Pattern> PENDING_FIELDS = List.of(
            Pattern.compile("connection"), Pattern.compile("posted_by"), Pattern.compile("brand_control"),
            Pattern.compile("gift(\\..*)?"), Pattern.compile("frames\\[\\d+]\\.label(\\..*)?"));

    static final int MIN_CASES = 120;

    record Threshold(double minAccuracy, double maxFalseAlarm) {
    }

    record Case(Path file, String market, String source, String decision, String verdict, String why,
                String pending, String superseded) {
        /** Scored: neither pending a format change nor turned around by a later decision. */
        boolean scored() {
            return pending == null && superseded == null;
        }

        boolean breach() {
            return verdict.equals("breach");
        }

        String name() {
            return ROOT.relativize(file).toString().replace('\\', '/');
        }
    }

    /** One case as the tool saw it: its verdict, the pack findings behind it, and what is wrong with the case. */
    record Judged(Case c, boolean toolBreach, Set<String> rules, List<String> problems, boolean parsesNow) {
        boolean agrees() {
            return toolBreach == c.breach();
        }
    }

    private static List<Judged> judged;

    /** Every case is well formed: a full header, one post, and no input problem the format should not have. */
    @TestFactory
    Stream<DynamicTest> everyCaseIsWellFormed() throws IOException {
        return all().stream().map(j -> DynamicTest.dynamicTest(j.c().name(), () -> {
            if (!j.problems().isEmpty()) {
                fail(j.c().name() + " is malformed (fix the case, not the rules):\n  "
                        + String.join("\n  ", j.problems()));
            }
        }));
    }

    @Test
    void corpusIsBigAndBalanced() throws IOException {
        List<Judged> all = all();
        long compliant = all.stream().filter(j -> !j.c().breach()).count();
        assertTrue(all.size() >= MIN_CASES, "only " + all.size() + " cases; the corpus wants " + MIN_CASES);
        assertTrue(compliant * 3 >= all.size(), "only " + compliant + " of " + all.size()
                + " cases are compliant; at least a third should be");
        Set<String> markets = new TreeSet<>();
        all.forEach(j -> markets.add(j.c().market()));
        assertEquals(new TreeSet<>(PACKS.keySet()), markets, "every market has cases, and only those");
    }

    @Test
    void thresholdsMeetTheTarget() {
        THRESHOLDS.forEach((market, t) -> {
            assertTrue(t.minAccuracy() >= TARGET.minAccuracy(), market + ": minimum accuracy below the 95 % target");
            assertTrue(t.maxFalseAlarm() <= TARGET.maxFalseAlarm(), market + ": false alarms allowed above the 5 % target");
        });
    }

    /** Prints the table and the misjudged cases, then holds each market to its ratchet. */
    @Test
    void agreesWithRegulatorsAtLeastAsOftenAsBefore() throws IOException {
        List<Judged> all = all();
        Map<String, Score> scores = scores(all);
        String table = render(all, scores);
        System.out.println(table);
        Path out = Path.of("target/decision-corpus.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, table, StandardCharsets.UTF_8);

        List<String> below = new ArrayList<>();
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            Threshold t = THRESHOLDS.get(e.getKey());
            Score s = e.getValue();
            if (s.accuracy() < t.minAccuracy()) {
                below.add(String.format(Locale.ROOT, "%s accuracy %.1f %% < %.1f %%", e.getKey(), s.accuracy(),
                        t.minAccuracy()));
            }
            if (s.compliant() > 0 && s.falseAlarm() > t.maxFalseAlarm()) {
                below.add(String.format(Locale.ROOT, "%s false alarms %.1f %% > %.1f %%", e.getKey(),
                        s.falseAlarm(), t.maxFalseAlarm()));
            }
        }
        assertTrue(below.isEmpty(), "the rules got worse on real decisions:\n  " + String.join("\n  ", below)
                + "\n" + table);
    }

    record Score(int cases, int correct, int breaches, int caught, int compliant, int flagged) {
        double accuracy() {
            return cases == 0 ? 100 : 100.0 * correct / cases;
        }

        double recall() {
            return breaches == 0 ? 100 : 100.0 * caught / breaches;
        }

        double falseAlarm() {
            return compliant == 0 ? 0 : 100.0 * flagged / compliant;
        }
    }

    static Map<String, Score> scores(List<Judged> all) {
        Map<String, Score> out = new LinkedHashMap<>();
        for (String market : List.of("US", "UK", "NL", "DE", "FR", "EU")) {
            int cases = 0, correct = 0, breaches = 0, caught = 0, compliant = 0, flagged = 0;
            for (Judged j : all) {
                if (!j.c().market().equals(market) || !j.c().scored()) continue;
                cases++;
                if (j.agrees()) correct++;
                if (j.c().breach()) {
                    breaches++;
                    if (j.toolBreach()) caught++;
                } else {
                    compliant++;
                    if (j.toolBreach()) flagged++;
                }
            }
            out.put(market, new Score(cases, correct, breaches, caught, compliant, flagged));
        }
        return out;
    }

    static String render(List<Judged> all, Map<String, Score> scores) {
        StringBuilder sb = new StringBuilder("\nDecision corpus: the tool against real decisions (pending and superseded cases not scored)\n");
        sb.append(String.format(Locale.ROOT, "%-6s %6s %9s %9s %9s %8s %8s %12s%n", "market", "cases", "breaches",
                "compliant", "accuracy", "recall", "false", "ratchet"));
        for (Map.Entry<String, Score> e : scores.entrySet()) {
            Score s = e.getValue();
            Threshold t = THRESHOLDS.get(e.getKey());
            long pending = all.stream().filter(j -> j.c().market().equals(e.getKey()) && j.c().pending() != null)
                    .count();
            long superseded = all.stream().filter(j -> j.c().market().equals(e.getKey()) && j.c().superseded() != null)
                    .count();
            sb.append(String.format(Locale.ROOT, "%-6s %6d %9d %9d %8.1f%% %7.1f%% %7.1f%% %5.1f/%-5.1f%s%n",
                    e.getKey(), s.cases(), s.breaches(), s.compliant(), s.accuracy(), s.recall(), s.falseAlarm(),
                    t.minAccuracy(), t.maxFalseAlarm(), (pending > 0 ? "  +" + pending + " pending" : "")
                            + (superseded > 0 ? "  +" + superseded + " superseded" : "")));
        }
        sb.append("(accuracy: verdicts that match; recall: breaches caught; false: compliant cases flagged;\n"
                + " ratchet: minimum accuracy / maximum false alarms, target 95/5)\n");
        sb.append("\nMisjudged:\n");
        for (Judged j : all) {
            if (!j.c().scored() || j.agrees()) continue;
            sb.append(String.format(Locale.ROOT, "  %-44s regulator %-9s tool %-9s %s%n", j.c().name(),
                    j.c().verdict(), j.toolBreach() ? "breach" : "compliant",
                    j.rules().isEmpty() ? "" : String.join(" ", j.rules())));
            sb.append("      ").append(j.c().why()).append("\n      ").append(j.c().source()).append('\n');
        }
        sb.append("\nSuperseded by a later decision (not scored):\n");
        for (Judged j : all) {
            if (j.c().superseded() == null) continue;
            sb.append(String.format(Locale.ROOT, "  %-44s regulator then %-9s tool %-9s now: %s%n", j.c().name(),
                    j.c().verdict(), j.toolBreach() ? "breach" : "compliant", j.c().superseded()));
        }
        sb.append("\nPending a format change (not scored):\n");
        for (Judged j : all) {
            if (j.c().pending() == null) continue;
            sb.append(String.format(Locale.ROOT, "  %-44s regulator %-9s tool %-9s needs: %s%s%n", j.c().name(),
                    j.c().verdict(), j.toolBreach() ? "breach" : "compliant", j.c().pending(),
                    j.parsesNow() ? " (the format reads it now: delete the pending_format line)" : ""));
        }
        return sb.toString();
    }

    static synchronized List<Judged> all() throws IOException {
        if (judged != null) return judged;
        List<Judged> out = new ArrayList<>();
        for (Path file : files()) out.add(judge(file));
        judged = List.copyOf(out);
        return judged;
    }

    private static Judged judge(Path file) throws IOException {
        List<String> problems = new ArrayList<>();
        Case c = read(file, problems);
        Report report = TestEngine.check(file);
        long posts = report.documents().stream().filter(d -> "post".equals(d.kind())).count();
        if (report.documents().size() != 1 || posts != 1) problems.add("a case is exactly one kind: post document");
        Set<String> pack = PACKS.getOrDefault(c.market(), Set.of());
        boolean breach = false;
        boolean unknownFields = false;
        Set<String> rules = new TreeSet<>();
        for (Finding f : report.findings()) {
            String ns = f.rule().contains("/") ? f.rule().substring(0, f.rule().indexOf('/')) : f.rule();
            if (ns.equals("input")) {
                boolean expected = c.pending() != null && f.path() != null
                        && PENDING_FIELDS.stream().anyMatch(p -> p.matcher(f.path()).matches());
                if (!expected) problems.add(f.line() + ":" + f.column() + " " + f.rule() + " " + f.message());
                unknownFields |= expected;
                continue;
            }
            if (f.active() && pack.contains(ns) && f.severity().atLeast(Severity.WARNING)) {
                breach = true;
                rules.add(f.rule());
            }
        }
        return new Judged(c, breach, rules, problems, c.pending() != null && !unknownFields);
    }

    private static final Pattern HEADER = Pattern.compile("^#\\s*(source|decision|verdict|why|pending_format|superseded):\\s*(.*)$");

    /** The header comments above the document; problems are added for anything missing or wrong. */
    private static Case read(Path file, List<String> problems) throws IOException {
        Map<String, String> h = new LinkedHashMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!line.startsWith("#")) break;
            Matcher m = HEADER.matcher(line.strip());
            if (m.matches()) h.putIfAbsent(m.group(1), m.group(2).strip());
        }
        for (String key : List.of("source", "decision", "verdict", "why")) {
            if (h.getOrDefault(key, "").isEmpty()) problems.add("the header has no '# " + key + ":' line");
        }
        String source = h.getOrDefault("source", "");
        if (!source.isEmpty() && !source.startsWith("https://") && !source.startsWith("http://")) {
            problems.add("'# source:' is not a URL: " + source);
        }
        String verdict = h.getOrDefault("verdict", "");
        if (!verdict.isEmpty() && !verdict.equals("breach") && !verdict.equals("compliant")) {
            problems.add("'# verdict:' is breach or compliant, not " + verdict);
        }
        String superseded = h.get("superseded");
        if (superseded != null && !superseded.matches("https?://\\S+ .+")) {
            problems.add("'# superseded:' is the URL of the later decision or code, then what it holds now: " + superseded);
        }
        String market = ROOT.relativize(file).getName(0).toString().toUpperCase(Locale.ROOT);
        if (!PACKS.containsKey(market)) problems.add("cases live in a market folder: " + PACKS.keySet());
        String postMarket = postMarket(file);
        boolean ownPack = !market.equals("EU");
        if (ownPack ? !market.equals(postMarket) : PACKS.containsKey(postMarket) || postMarket.isEmpty()) {
            problems.add("'market: " + postMarket + "' does not belong in the " + market.toLowerCase(Locale.ROOT)
                    + " folder" + (ownPack ? "" : " (it holds markets without a pack of their own)"));
        }
        return new Case(file, market, source, h.getOrDefault("decision", ""), verdict, h.getOrDefault("why", ""),
                h.get("pending_format"), superseded);
    }

    private static final Pattern MARKET = Pattern.compile("^market:\\s*(\\w+)\\s*$");

    /** The post's own market line, GB read as UK; empty when there is none. */
    private static String postMarket(Path file) throws IOException {
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            Matcher m = MARKET.matcher(line);
            if (m.matches()) {
                String code = m.group(1).toUpperCase(Locale.ROOT);
                return code.equals("GB") ? "UK" : code;
            }
        }
        return "";
    }

    private static List<Path> files() throws IOException {
        try (Stream<Path> s = Files.walk(ROOT)) {
            return s.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
        }
    }
}
