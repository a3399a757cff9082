package io.briefcheck.report;

import java.util.ArrayList;
import java.util.List;

/** The result of one check run, as every renderer sees it. */
public record Report(String version, List<DocumentResult> documents, List<Finding> findings, Summary summary,
                     Severity failOn, List<MetricsRow> metrics) {

    public static Report of(String version, List<DocumentResult> documents, List<Finding> findings, Severity failOn) {
        int error = 0, warning = 0, info = 0;
        for (Finding f : findings) {
            switch (f.severity()) {
                case ERROR -> error++;
                case WARNING -> warning++;
                default -> info++;
            }
        }
        long files = documents.stream().map(DocumentResult::file).distinct().count();
        Summary summary = new Summary((int) files, documents.size(), error, warning, info, 0);
        return new Report(version, List.copyOf(documents), List.copyOf(findings), summary, failOn, List.of());
    }

    /** The same report with a per-post metrics table (results documents only). */
    public Report withMetrics(List<MetricsRow> rows) {
        return new Report(version, documents, findings, summary, failOn, List.copyOf(rows));
    }

    /** True when some finding is at or above the fail-on threshold. */
    public boolean failed() {
        return findings.stream().anyMatch(f -> f.severity().atLeast(failOn));
    }

    /** The findings of one file, in report order. */
    public List<Finding> findingsIn(String file) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : findings) if (f.file().equals(file)) out.add(f);
        return out;
    }
}
