package io.briefcheck.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.briefcheck.report.DocumentResult;
import io.briefcheck.core.Finding;
import io.briefcheck.report.Report;
import io.briefcheck.core.Suppression;
import io.briefcheck.report.Fingerprint;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The findings a team accepted when it started using briefcheck. A finding matches an entry with the
 * same rule, file, field path and text fingerprint (not the line), each entry at most once, so a
 * second copy of an old problem still counts as new.
 */
public final class Baseline {

    public static final Baseline EMPTY = new Baseline(List.of());
    static final String IN_BASELINE = "in the baseline";
    // a field written twice would silently count once: the file is refused instead
    /** Made when a baseline is read or written: most runs have none, and a JSON mapper costs a one-file check 40 ms. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
    }

    /** One accepted finding; {@code message} and {@code line} are for the humans reviewing the file. */
    public record Entry(String rule, String file, String path, String fingerprint, String message, int line) {
        String key() {
            return place(rule, file, path) + "\u0000" + fingerprint;
        }

        /** The entry's rule, file and field path: a finding elsewhere needs no fingerprint to be told apart. */
        static String place(String rule, String file, String path) {
            return rule + "\u0000" + file + "\u0000" + path;
        }
    }

    private final List<Entry> entries;

    private Baseline(List<Entry> entries) {
        this.entries = List.copyOf(entries);
    }

    public List<Entry> entries() {
        return entries;
    }

    /**
     * A baseline accepting the report's findings (suppressed ones are left out: they are accepted already;
     * so are documents that could not be read, which nothing accepts), one entry per rule: a finding's
     * related reasons are accepted too, as policy matches rule by rule.
     */
    public static Baseline of(Report report) {
        Set<String> unread = unread(report);
        List<Entry> out = new ArrayList<>();
        for (Finding merged : report.findings()) {
            if (!merged.active() || Policy.readFailure(merged, unread)) continue;
            for (Finding f : merged.unmerged()) {
                out.add(new Entry(f.rule(), f.file(), f.path(), Fingerprint.ofText(f), f.message(), f.line()));
            }
        }
        return new Baseline(out);
    }

    /**
     * The report as a run with the baseline of its own findings sees it: every finding that counted is
     * suppressed by the baseline, so every readable document passes.
     */
    public static Report accepted(Report report) {
        Set<String> unread = unread(report);
        List<Finding> findings = new ArrayList<>();
        for (Finding f : report.findings()) {
            boolean accepts = f.active() && !Policy.readFailure(f, unread);
            findings.add(accepts ? f.withSuppression(new Suppression(Suppression.Kind.BASELINE, IN_BASELINE)) : f);
        }
        List<DocumentResult> documents = new ArrayList<>();
        for (DocumentResult d : report.documents()) {
            documents.add(d.status() != DocumentResult.Status.FAIL ? d
                    : new DocumentResult(d.file(), d.index(), d.kind(), d.id(), DocumentResult.Status.PASS));
        }
        return Report.of(report.version(), documents, findings, report.failOn(), report.notices());
    }

    /** The documents of the report that could not be read. */
    private static Set<String> unread(Report report) {
        Set<String> out = new HashSet<>();
        for (DocumentResult d : report.documents()) {
            if (d.status() == DocumentResult.Status.ERROR) out.add(Policy.key(d.file(), d.index()));
        }
        return out;
    }

    /** A matcher that hands out each entry once. */
    public Matcher matcher() {
        return new Matcher(entries);
    }

    public static final class Matcher {
        private final Map<String, Integer> left = new HashMap<>();
        /** The rule, file and path of every entry: the text is fingerprinted only for a finding at one of them. */
        private final Set<String> places = new HashSet<>();

        Matcher(List<Entry> entries) {
            for (Entry e : entries) {
                left.merge(e.key(), 1, Integer::sum);
                places.add(Entry.place(e.rule(), e.file(), e.path()));
            }
        }

        /** True (and uses the entry up) when the baseline holds this finding. */
        public boolean take(Finding f) {
            if (!places.contains(Entry.place(f.rule(), f.file(), f.path()))) return false;
            String key = new Entry(f.rule(), f.file(), f.path(), Fingerprint.ofText(f), null, 0).key();
            Integer n = left.get(key);
            if (n == null || n == 0) return false;
            left.put(key, n - 1);
            return true;
        }
    }

    /** The baseline as its JSON file holds it. */
    public void write(Writer out) throws IOException {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("briefcheck_baseline", 1);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Entry e : entries) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("rule", e.rule());
            m.put("file", e.file());
            m.put("path", e.path());
            m.put("fingerprint", e.fingerprint());
            m.put("line", e.line());
            m.put("message", e.message());
            list.add(m);
        }
        root.put("findings", list);
        out.write(Json.MAPPER.writeValueAsString(root) + "\n");
    }

    public static Baseline read(Path file) throws ConfigException {
        String name = file.toString().replace('\\', '/');
        JsonNode root;
        try {
            root = Json.MAPPER.readTree(Files.readString(file, StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNr() : 0;
            throw new ConfigException(name, line, "this baseline is not valid JSON: " + e.getOriginalMessage() + ".");
        } catch (IOException e) {
            throw new ConfigException(name, 0, "cannot read the baseline (" + e.getClass().getSimpleName() + ").");
        }
        if (root == null || !root.path("findings").isArray() || !root.has("briefcheck_baseline")) {
            throw new ConfigException(name, 1, "this is not a briefcheck baseline; write one with --write-baseline FILE.");
        }
        List<Entry> out = new ArrayList<>();
        for (JsonNode n : root.get("findings")) {
            String rule = n.path("rule").asText(null), file2 = n.path("file").asText(null);
            String path = n.path("path").asText(null), fp = n.path("fingerprint").asText(null);
            if (rule == null || file2 == null || path == null || fp == null) {
                throw new ConfigException(name, 0, "a baseline entry lacks rule, file, path or fingerprint: " + n);
            }
            out.add(new Entry(rule, file2, path, fp, n.path("message").asText(""), n.path("line").asInt()));
        }
        return new Baseline(out);
    }
}
