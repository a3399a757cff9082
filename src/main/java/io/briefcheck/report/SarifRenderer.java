package io.briefcheck.report;

import io.briefcheck.core.Suppression;
import io.briefcheck.core.Severity;
import io.briefcheck.core.Finding;
import io.briefcheck.core.RuleInfo;
import java.io.IOException;
import java.io.Writer;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers: the driver with every loaded rule
 * (from the rule metadata), one result per finding with a relative location and a fingerprint that
 * survives line shifts, and suppressed findings marked with their justification. A finding that says
 * one cause for several rules names the others in its message, in {@code relatedLocations} (same place)
 * and in the property bag ({@code related}).
 */
public final class SarifRenderer {

    static final String INFORMATION_URI = "https://github.com/briefcheck/briefcheck";
    private static final String SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";

    private final List<RuleInfo> rules;

    public SarifRenderer(Collection<RuleInfo> rules) {
        this.rules = List.copyOf(rules);
    }

    public void render(Report report, Writer out) throws IOException {
        ReportSink.replay(report, sink(out));
    }

    /**
     * The log written as the run goes: results are kept ({@link Spill.PrintedArray}, two objects deep: the log,
     * its run) until the end, where the notes that come before them are known; the output is the same as
     * {@link #render}'s.
     */
    public ReportSink sink(Writer out) throws IOException {
        Map<String, Integer> ruleIndex = ruleIndex();
        Spill.PrintedArray results = new Spill.PrintedArray(2);
        return new ReportSink() {
            @Override
            public void file(String file, List<DocumentResult> documents, List<Finding> findings) throws IOException {
                // a fingerprint holds the file, so the count of identical findings starts again in each file
                Map<String, Integer> seen = new HashMap<>();
                for (Finding f : findings) results.add(result(f, ruleIndex.get(f.rule()), seen));
            }

            @Override
            public void end(Tail tail) throws IOException {
                try (results) {
                    Spill.print(out, toMap(tail, results.standIn()), results);
                }
                out.write("\n");
                out.flush();
            }
        };
    }

    private Map<String, Integer> ruleIndex() {
        Map<String, Integer> ruleIndex = new HashMap<>();
        for (int i = 0; i < rules.size(); i++) ruleIndex.put(rules.get(i).id(), i);
        return ruleIndex;
    }

    Map<String, Object> toMap(Report report) {
        Map<String, Integer> ruleIndex = ruleIndex();
        Map<String, Integer> seen = new HashMap<>();
        List<Object> results = new ArrayList<>();
        for (Finding f : report.findings()) results.add(result(f, ruleIndex.get(f.rule()), seen));
        return toMap(ReportSink.Tail.of(report), results);
    }

    private Map<String, Object> toMap(ReportSink.Tail report, Object results) {
        List<Object> ruleList = new ArrayList<>();
        for (RuleInfo r : rules) ruleList.add(rule(r));
        Map<String, Object> driver = new LinkedHashMap<>();
        driver.put("name", "briefcheck");
        driver.put("version", report.version());
        if (report.version().matches("\\d+\\.\\d+\\.\\d+.*")) driver.put("semanticVersion", report.version());
        driver.put("informationUri", INFORMATION_URI);
        driver.put("rules", ruleList);

        Map<String, Object> invocation = new LinkedHashMap<>();
        invocation.put("executionSuccessful", true);
        if (!report.notices().isEmpty()) {
            List<Object> notes = new ArrayList<>();
            for (String n : report.notices()) notes.add(ordered("level", "warning", "message", text(n)));
            invocation.put("toolConfigurationNotifications", notes);
        }

        Map<String, Object> run = new LinkedHashMap<>();
        run.put("tool", Map.of("driver", driver));
        run.put("invocations", List.of(invocation));
        run.put("columnKind", "unicodeCodePoints");
        run.put("results", results);

        Map<String, Object> root = new LinkedHashMap<>();
        root.put("$schema", SCHEMA);
        root.put("version", "2.1.0");
        root.put("runs", List.of(run));
        return root;
    }

    private static Map<String, Object> rule(RuleInfo r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", r.id());
        m.put("shortDescription", text(r.title()));
        m.put("fullDescription", text(r.why() != null ? r.why() : r.title()));
        StringBuilder help = new StringBuilder(r.why() != null ? r.why() : r.title());
        if (r.source() != null) help.append("\n\nSource: ").append(r.source());
        if (r.bad() != null) help.append("\n\nFires on:\n").append(r.bad());
        if (r.good() != null) help.append("\n\nPasses:\n").append(r.good());
        m.put("help", text(help.toString()));
        if (!r.references().isEmpty() && isUri(r.references().get(0))) m.put("helpUri", r.references().get(0));
        m.put("defaultConfiguration", Map.of("level", level(r.severity())));
        Map<String, Object> props = new LinkedHashMap<>();
        props.put("tags", List.of("briefcheck", r.namespace()));
        if (r.source() != null) props.put("source", r.source());
        m.put("properties", props);
        return m;
    }

    /** The text a finding's span covers inside its value, or null when there is none. */
    private static String spannedText(Finding f) {
        if (f.span() == null || f.value() == null) return null;
        int start = f.span().start(), end = f.span().end();
        if (start < 0 || end > f.value().length() || start >= end) return null;
        return f.value().substring(start, end);
    }

    private static Map<String, Object> result(Finding f, Integer ruleIndex, Map<String, Integer> seen) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("ruleId", f.rule());
        if (ruleIndex != null) m.put("ruleIndex", ruleIndex);
        m.put("level", level(f.severity()));
        StringBuilder message = new StringBuilder(f.message());
        for (Finding.Related r : f.related()) message.append(" Also ").append(r.rule()).append(": ").append(r.message());
        if (f.fix() != null) message.append(" Fix: ").append(f.fix());
        m.put("message", text(message.toString()));

        Map<String, Object> region = new LinkedHashMap<>();
        int line = Math.max(1, f.line());
        int column = Math.max(1, f.column());
        region.put("startLine", line);
        region.put("startColumn", column);
        region.put("endLine", line);
        int lineEnd = f.lineText() == null ? column : f.lineText().codePointCount(0, f.lineText().length()) + 1;
        String spanned = spannedText(f);
        // a span on one line is marked exactly ("#ad"); anything else marks the rest of the line
        region.put("endColumn", spanned != null && spanned.indexOf('\n') < 0
                ? column + Math.max(1, spanned.length()) : Math.max(column + 1, lineEnd));
        if (f.lineText() != null) region.put("snippet", text(f.lineText()));
        Map<String, Object> artifact = new LinkedHashMap<>();
        artifact.put("uri", uri(WorkspacePath.of(f.file())));
        artifact.put("uriBaseId", "%SRCROOT%");
        Map<String, Object> physical = new LinkedHashMap<>();
        physical.put("artifactLocation", artifact);
        physical.put("region", region);
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("physicalLocation", physical);
        if (f.path() != null && !f.path().isEmpty()) {
            location.put("logicalLocations", List.of(ordered("fullyQualifiedName", f.path(), "kind", "member")));
        }
        m.put("locations", List.of(location));
        if (!f.related().isEmpty()) {
            // the other rules' reasons, at the same place: viewers list them under the result
            List<Object> related = new ArrayList<>();
            for (Finding.Related r : f.related()) {
                Map<String, Object> l = new LinkedHashMap<>();
                l.put("id", related.size());
                l.put("physicalLocation", physical);
                l.put("message", text(r.rule() + " (" + r.severity().code() + "): " + r.message()));
                related.add(l);
            }
            m.put("relatedLocations", related);
        }

        // identical findings (same rule, path and text) are told apart by their order of appearance
        String fp = Fingerprint.of(f);
        int n = seen.merge(fp, 1, Integer::sum);
        m.put("partialFingerprints", Map.of("briefcheck/v1", n == 1 ? fp : fp + ":" + n));

        if (f.suppression() != null) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("kind", f.suppression().kind() == Suppression.Kind.INLINE ? "inSource" : "external");
            s.put("status", "accepted");
            s.put("justification", f.suppression().reason() != null ? f.suppression().reason()
                    : "no reason given (" + f.suppression().kind().code() + ")");
            s.put("properties", Map.of("briefcheckKind", f.suppression().kind().code()));
            m.put("suppressions", List.of(s));
        }
        Map<String, Object> props = new LinkedHashMap<>();
        if (f.fix() != null) props.put("fix", f.fix());
        if (f.market() != null) props.put("market", f.market());
        if (f.box() != null) props.put("box", JsonRenderer.box(f.box()));
        if (!f.related().isEmpty()) props.put("related", f.related().stream().map(JsonRenderer::related).toList());
        props.put("documentIndex", f.index());
        if (f.elsewhere()) props.put("documentFile", f.documentFile());
        m.put("properties", props);
        return m;
    }

    private static String level(Severity s) {
        return switch (s) {
            case ERROR -> "error";
            case WARNING -> "warning";
            default -> "note";
        };
    }

    /** Two fields in the order written (Map.of has none, so the output changed from run to run). */
    private static Map<String, Object> ordered(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put(k1, v1);
        m.put(k2, v2);
        return m;
    }

    private static Map<String, Object> text(String s) {
        return Map.of("text", s);
    }

    /** A relative URI reference for a file name as reported (spaces and other reserved characters escaped). */
    static String uri(String file) {
        try {
            return new URI(null, null, file.replace('\\', '/'), null).toASCIIString();
        } catch (URISyntaxException e) {
            return file.replace(" ", "%20");
        }
    }

    private static boolean isUri(String s) {
        try {
            return new URI(s).isAbsolute();
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
