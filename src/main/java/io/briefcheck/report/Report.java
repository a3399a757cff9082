package io.briefcheck.report;

import io.briefcheck.core.MetricsRow;
import io.briefcheck.core.Severity;
import io.briefcheck.core.Finding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of one check run, as every renderer sees it. {@code findings} includes suppressed ones
 * (see {@link Finding#active()}); they are counted apart and never fail the run. {@code notices} are
 * messages about the run itself, such as a waiver that has expired.
 */
public record Report(String version, List<DocumentResult> documents, List<Finding> findings, Summary summary,
                     Severity failOn, List<String> notices, List<MetricsRow> metrics) {

    public static Report of(String version, List<DocumentResult> documents, List<Finding> findings, Severity failOn) {
        return of(version, documents, findings, failOn, List.of());
    }

    public static Report of(String version, List<DocumentResult> documents, List<Finding> findings, Severity failOn,
                            List<String> notices) {
        int error = 0, warning = 0, info = 0, suppressed = 0;
        for (Finding f : findings) {
            if (!f.active()) {
                suppressed++;
                continue;
            }
            switch (f.severity()) {
                case ERROR -> error++;
                case WARNING -> warning++;
                default -> info++;
            }
        }
        long files = documents.stream().map(DocumentResult::file).distinct().count();
        Summary summary = new Summary((int) files, documents.size(), error, warning, info, suppressed);
        return new Report(version, List.copyOf(documents), List.copyOf(findings), summary, failOn,
                List.copyOf(notices), List.of());
    }

    /** The same report with a per-post metrics table (results documents only). */
    public Report withMetrics(List<MetricsRow> rows) {
        return new Report(version, documents, findings, summary, failOn, notices, List.copyOf(rows));
    }

    /** The same report with more notes about the run (e.g. from the command line), after its own. */
    public Report withNotices(List<String> more) {
        if (more.isEmpty()) return this;
        List<String> all = new ArrayList<>(notices);
        all.addAll(more);
        return new Report(version, documents, findings, summary, failOn, List.copyOf(all), metrics);
    }

    /** True when some finding that counts is at or above the fail-on threshold. */
    public boolean failed() {
        return findings.stream().anyMatch(f -> f.active() && f.severity().atLeast(failOn));
    }

    /** True when this finding counts and is at or above the fail-on threshold. */
    public boolean fails(Finding f) {
        return f.active() && f.severity().atLeast(failOn);
    }

    /**
     * The findings grouped by their documents' file, in report order (suppressed ones included; one that points
     * into a file the document names is under the document's). One pass, for renderers.
     */
    public Map<String, List<Finding>> findingsByFile() {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (Finding f : findings) out.computeIfAbsent(f.documentFile(), k -> new ArrayList<>()).add(f);
        return out;
    }

    /** The findings grouped by document (see {@link #key(String, int)}), in report order. */
    public Map<String, List<Finding>> findingsByDocument() {
        Map<String, List<Finding>> out = new LinkedHashMap<>();
        for (Finding f : findings) out.computeIfAbsent(key(f.documentFile(), f.index()), k -> new ArrayList<>()).add(f);
        return out;
    }

    /** The key of one document in {@link #findingsByDocument()}. */
    public static String key(String file, int index) {
        return index + ":" + file;
    }
}
