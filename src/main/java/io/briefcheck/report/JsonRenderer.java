package io.briefcheck.report;

import io.briefcheck.core.Box;
import io.briefcheck.core.Finding;
import io.briefcheck.core.MetricsRow;
import java.io.IOException;
import java.io.Writer;
import java.util.AbstractList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The JSON report described in docs/formats.md (a public contract: fields may be added, never renamed). */
public final class JsonRenderer {


    public void render(Report report, Writer out) throws IOException {
        ReportSink.replay(report, sink(out));
    }

    /**
     * The report written as the run goes: documents and findings are kept ({@link Spill.PrintedArray}) until the
     * end, where the summary, which comes first, is known; the output is the same as {@link #render}'s.
     */
    public ReportSink sink(Writer out) throws IOException {
        Spill.PrintedArray documents = new Spill.PrintedArray(1);
        Spill.PrintedArray findings = new Spill.PrintedArray(1);
        return new ReportSink() {
            @Override
            public void file(String file, List<DocumentResult> docs, List<Finding> found) throws IOException {
                for (DocumentResult d : docs) documents.add(document(d));
                for (Finding f : found) findings.add(finding(f));
            }

            @Override
            public void end(Tail tail) throws IOException {
                try (documents; findings) {
                    Spill.print(out, toMap(tail, documents.standIn(), findings.standIn()), documents, findings);
                }
                out.write("\n");
                out.flush();
            }
        };
    }

    public static Map<String, Object> toMap(Report report) {
        return toMap(ReportSink.Tail.of(report), report.documents().stream().map(JsonRenderer::document).toList(),
                report.findings().stream().map(JsonRenderer::finding).toList());
    }

    private static Map<String, Object> toMap(ReportSink.Tail report, Object documents, Object findings) {
        Map<String, Object> root = new LinkedHashMap<>();
        Map<String, Object> tool = new LinkedHashMap<>();
        tool.put("name", "briefcheck");
        tool.put("version", report.version());
        root.put("tool", tool);
        Summary s = report.summary();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("files", s.files());
        summary.put("documents", s.documents());
        summary.put("error", s.error());
        summary.put("warning", s.warning());
        summary.put("info", s.info());
        summary.put("suppressed", s.suppressed());
        root.put("summary", summary);
        root.put("documents", documents);
        root.put("findings", findings);
        if (!report.notices().isEmpty()) root.put("notices", report.notices());
        // mapped row by row as it is printed: a run's rows may be read from a file (check/MetricsSpill)
        List<MetricsRow> rows = report.metrics();
        if (!rows.isEmpty()) root.put("metrics", new AbstractList<Map<String, Object>>() {
            @Override
            public Map<String, Object> get(int i) {
                return metrics(rows.get(i));
            }

            @Override
            public int size() {
                return rows.size();
            }
        });
        return root;
    }

    /** A results document's computed figures, in percent; null where they could not be computed. */
    private static Map<String, Object> metrics(MetricsRow r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", r.file());
        m.put("index", r.index());
        m.put("post", r.post());
        m.put("err", r.err());
        m.put("err_band", r.errBand());
        m.put("story_completion", r.completion());
        m.put("ctr", r.ctr());
        m.put("ctr_band", r.ctrLow() == null ? null : List.of(r.ctrLow(), r.ctrHigh()));
        m.put("industry", r.industry());
        return m;
    }

    static Map<String, Object> related(Finding.Related r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", r.rule());
        m.put("severity", r.severity().code());
        m.put("message", r.message());
        return m;
    }

    private static Map<String, Object> document(DocumentResult d) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("file", d.file());
        m.put("index", d.index());
        m.put("kind", d.kind());
        m.put("id", d.id());
        m.put("status", d.status().code());
        return m;
    }

    /**
     * Where on a picture: the contract the web page draws ({@code image}, {@code time_s} for a video's frame,
     * {@code x}, {@code y}, {@code width}, {@code height}, {@code image_width}, {@code image_height}, pixels).
     */
    static Map<String, Object> box(Box b) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("image", b.image());
        if (b.timeS() != null) m.put("time_s", b.timeS());
        m.put("x", b.x());
        m.put("y", b.y());
        m.put("width", b.width());
        m.put("height", b.height());
        m.put("image_width", b.imageWidth());
        m.put("image_height", b.imageHeight());
        return m;
    }

    private static Map<String, Object> finding(Finding f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("rule", f.rule());
        m.put("severity", f.severity().code());
        m.put("message", f.message());
        m.put("file", f.file());
        if (f.elsewhere()) m.put("document", f.documentFile());
        m.put("index", f.index());
        m.put("line", f.line());
        m.put("column", f.column());
        m.put("path", f.path());
        if (f.span() != null) {
            Map<String, Object> span = new LinkedHashMap<>();
            span.put("start", f.span().start());
            span.put("end", f.span().end());
            m.put("span", span);
        }
        if (f.box() != null) m.put("box", box(f.box()));
        m.put("fix", f.fix());
        if (f.suggestion() != null) m.put("suggestion", f.suggestion());
        if (f.market() != null) m.put("market", f.market());
        if (!f.related().isEmpty()) m.put("related", f.related().stream().map(JsonRenderer::related).toList());
        m.put("references", f.references() == null ? List.of() : f.references());
        if (f.suppression() != null) {
            Map<String, Object> suppressed = new LinkedHashMap<>();
            suppressed.put("kind", f.suppression().kind().code());
            suppressed.put("reason", f.suppression().reason());
            m.put("suppressed", suppressed);
        }
        return m;
    }
}
