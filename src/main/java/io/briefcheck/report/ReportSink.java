package io.briefcheck.report;

import io.briefcheck.core.Finding;
import io.briefcheck.core.MetricsRow;
import io.briefcheck.core.Severity;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A report written while the run goes: each file as soon as it is checked (files in report order, its
 * documents and its findings, suppressed ones included), then the {@link Tail} with the totals. Each
 * renderer offers one ({@code sink(out)}), so a run of a million documents never holds its report;
 * {@code render(Report, out)} replays a whole {@link Report} through the same sink ({@link #replay}).
 */
public interface ReportSink {

    /** One file: its documents in order and its findings in report order. */
    void file(String file, List<DocumentResult> documents, List<Finding> findings) throws IOException;

    /** The end of the run: what a renderer needs that is only known then. */
    void end(Tail tail) throws IOException;

    /**
     * The run's totals: {@code summary} as in {@link Report}, the documents that passed, failed and
     * could not be checked, whether the run failed, and the notes and metrics table.
     */
    record Tail(String version, Summary summary, long passed, long failed, long unreadable, boolean runFailed,
                Severity failOn, List<String> notices, List<MetricsRow> metrics) {

        public static Tail of(Report report) {
            long[] status = new long[DocumentResult.Status.values().length];
            for (DocumentResult d : report.documents()) status[d.status().ordinal()]++;
            return new Tail(report.version(), report.summary(), status[DocumentResult.Status.PASS.ordinal()],
                    status[DocumentResult.Status.FAIL.ordinal()], status[DocumentResult.Status.ERROR.ordinal()],
                    report.failed(), report.failOn(), report.notices(), report.metrics());
        }
    }

    /** Writes a whole report through {@code sink}: its files in the order they first appear (documents first, then findings). */
    static void replay(Report report, ReportSink sink) throws IOException {
        Map<String, List<DocumentResult>> documents = new LinkedHashMap<>();
        for (DocumentResult d : report.documents()) documents.computeIfAbsent(d.file(), k -> new ArrayList<>()).add(d);
        Map<String, List<Finding>> findings = report.findingsByFile();
        for (String file : findings.keySet()) documents.putIfAbsent(file, List.of());
        for (Map.Entry<String, List<DocumentResult>> e : documents.entrySet()) {
            sink.file(e.getKey(), e.getValue(), findings.getOrDefault(e.getKey(), List.of()));
        }
        sink.end(Tail.of(report));
    }

    /** The same, for a sink that prints to a {@code PrintWriter} (which never throws). */
    static void replayPrinting(Report report, ReportSink sink) {
        try {
            replay(report, sink);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Hands each file and the end to every sink, in order. */
    static ReportSink all(List<ReportSink> sinks) {
        return new ReportSink() {
            @Override
            public void file(String file, List<DocumentResult> documents, List<Finding> findings) throws IOException {
                for (ReportSink s : sinks) s.file(file, documents, findings);
            }

            @Override
            public void end(Tail tail) throws IOException {
                for (ReportSink s : sinks) s.end(tail);
            }
        };
    }
}
