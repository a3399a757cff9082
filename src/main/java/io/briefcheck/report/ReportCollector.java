package io.briefcheck.report;

import io.briefcheck.core.Finding;
import java.util.ArrayList;
import java.util.List;

/** A sink that keeps everything and gives the whole {@link Report} (for the web server, tests and the HTML page). */
public final class ReportCollector implements ReportSink {
    private final List<DocumentResult> documents = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();
    private Report report;

    @Override
    public void file(String file, List<DocumentResult> documentsOfFile, List<Finding> findingsOfFile) {
        documents.addAll(documentsOfFile);
        findings.addAll(findingsOfFile);
    }

    @Override
    public void end(Tail tail) {
        report = Report.of(tail.version(), documents, findings, tail.failOn(), tail.notices()).withMetrics(tail.metrics());
    }

    /** The report, once the run ended. */
    public Report report() {
        if (report == null) throw new IllegalStateException("the run has not ended");
        return report;
    }
}
