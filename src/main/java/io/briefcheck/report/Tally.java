package io.briefcheck.report;

import io.briefcheck.core.Finding;
import io.briefcheck.core.MetricsRow;
import io.briefcheck.core.Severity;
import java.io.IOException;
import java.util.Collections;
import java.util.List;

/**
 * Counts a streamed report as it passes to its sink, so the {@link ReportSink.Tail} holds the same
 * totals {@link Report#of} computes from a whole report: files, documents, findings per severity,
 * suppressed ones, documents per status, and whether a finding fails the run.
 */
public final class Tally implements ReportSink {
    private final ReportSink sink;
    private final Severity failOn;
    private int files, documents, error, warning, info, suppressed;
    private final long[] status = new long[DocumentResult.Status.values().length];
    private boolean runFailed;

    public Tally(ReportSink sink, Severity failOn) {
        this.sink = sink;
        this.failOn = failOn;
    }

    @Override
    public void file(String file, List<DocumentResult> documentsOfFile, List<Finding> findings) throws IOException {
        if (!documentsOfFile.isEmpty()) files++;
        documents += documentsOfFile.size();
        for (DocumentResult d : documentsOfFile) status[d.status().ordinal()]++;
        for (Finding f : findings) {
            if (!f.active()) {
                suppressed++;
                continue;
            }
            if (f.severity().atLeast(failOn)) runFailed = true;
            switch (f.severity()) {
                case ERROR -> error++;
                case WARNING -> warning++;
                default -> info++;
            }
        }
        sink.file(file, documentsOfFile, findings);
    }

    /** Ends the report with the totals counted; {@code metrics} is read as the renderers print it (it may be read from a file). */
    public boolean end(String version, List<String> notices, List<MetricsRow> metrics) throws IOException {
        end(new Tail(version, new Summary(files, documents, error, warning, info, suppressed),
                status[DocumentResult.Status.PASS.ordinal()], status[DocumentResult.Status.FAIL.ordinal()],
                status[DocumentResult.Status.ERROR.ordinal()], runFailed, failOn, List.copyOf(notices),
                Collections.unmodifiableList(metrics)));
        return runFailed;
    }

    @Override
    public void end(Tail tail) throws IOException {
        sink.end(tail);
    }
}
