package io.briefcheck.check;

import static io.briefcheck.check.SpillFile.text;

import io.briefcheck.core.Finding;
import io.briefcheck.core.Severity;
import io.briefcheck.core.Box;
import io.briefcheck.core.Span;
import io.briefcheck.core.Suppression;
import io.briefcheck.report.DocumentResult;
import io.briefcheck.report.ReportSink;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Hands documents' results to the report in the run's document order, whatever order they were checked
 * in ({@link StreamingCheck} checks a group when its first document's turn comes, so a post in a late
 * file is checked early with its brief). A document whose turn has not come waits in a temporary file,
 * not in memory; files go to the sink whole, once their last document is handed on.
 */
final class Waiting implements AutoCloseable {
    private final long[] offsets;
    private final ReportSink sink;
    private int next;
    private final SpillFile spill = new SpillFile("briefcheck-waiting-");
    // the file being handed on: its documents and findings so far
    private String current;
    private final List<DocumentResult> documents = new ArrayList<>();
    private final List<Finding> findings = new ArrayList<>();

    Waiting(int count, ReportSink sink) {
        this.offsets = new long[count];
        Arrays.fill(offsets, -1);
        this.sink = sink;
    }

    /** The document at {@code position} is checked: handed on now if its turn has come, else kept until it does. */
    void done(int position, DocumentResult result, List<Finding> found) throws IOException {
        if (position != next) {
            offsets[position] = write(result, found);
            return;
        }
        handOn(result, found);
        while (next < offsets.length && offsets[next] >= 0) {
            long at = offsets[next];
            offsets[next] = -1;
            read(at);
        }
    }

    private void handOn(DocumentResult result, List<Finding> found) throws IOException {
        if (current != null && !current.equals(result.file())) flushFile();
        current = result.file();
        documents.add(result);
        findings.addAll(found);
        next++;
    }

    private void flushFile() throws IOException {
        sink.file(current, List.copyOf(documents), List.copyOf(findings));
        documents.clear();
        findings.clear();
        current = null;
    }

    @Override
    public void close() throws IOException {
        try (spill) {
            if (current != null) flushFile();
        }
    }

    private long write(DocumentResult result, List<Finding> found) throws IOException {
        return spill.write(out -> {
            writeResult(out, result);
            out.writeInt(found.size());
            for (Finding f : found) writeFinding(out, f);
        });
    }

    private void read(long at) throws IOException {
        DataInputStream in = spill.read(at);
        DocumentResult result = readResult(in);
        int n = in.readInt();
        List<Finding> found = new ArrayList<>(n);
        for (int i = 0; i < n; i++) found.add(readFinding(in));
        handOn(result, found);
    }

    private static void writeResult(DataOutputStream out, DocumentResult d) throws IOException {
        text(out, d.file());
        out.writeInt(d.index());
        text(out, d.kind());
        text(out, d.id());
        out.writeByte(d.status().ordinal());
    }

    private static DocumentResult readResult(DataInputStream in) throws IOException {
        return new DocumentResult(text(in), in.readInt(), text(in), text(in), DocumentResult.Status.values()[in.readByte()]);
    }

    private static void writeFinding(DataOutputStream out, Finding f) throws IOException {
        text(out, f.rule());
        out.writeByte(f.severity().ordinal());
        text(out, f.message());
        text(out, f.file());
        out.writeInt(f.index());
        out.writeInt(f.line());
        out.writeInt(f.column());
        text(out, f.path());
        out.writeBoolean(f.span() != null);
        if (f.span() != null) {
            out.writeInt(f.span().start());
            out.writeInt(f.span().end());
        }
        text(out, f.fix());
        text(out, f.market());
        texts(out, f.references());
        text(out, f.lineText());
        text(out, f.value());
        out.writeBoolean(f.suppression() != null);
        if (f.suppression() != null) {
            out.writeByte(f.suppression().kind().ordinal());
            text(out, f.suppression().reason());
        }
        text(out, f.suggestion());
        out.writeInt(f.related().size());
        for (Finding.Related r : f.related()) {
            text(out, r.rule());
            out.writeByte(r.severity().ordinal());
            text(out, r.message());
        }
        text(out, f.documentFile());
        Box b = f.box();
        out.writeBoolean(b != null);
        if (b != null) {
            text(out, b.image());
            out.writeBoolean(b.timeS() != null);
            if (b.timeS() != null) out.writeDouble(b.timeS());
            for (int v : new int[] {b.x(), b.y(), b.width(), b.height(), b.imageWidth(), b.imageHeight()}) out.writeInt(v);
            text(out, b.thumbnail());
        }
    }

    private static Finding readFinding(DataInputStream in) throws IOException {
        String rule = text(in);
        Severity severity = Severity.values()[in.readByte()];
        String message = text(in);
        String file = text(in);
        int index = in.readInt(), line = in.readInt(), column = in.readInt();
        String path = text(in);
        Span span = in.readBoolean() ? new Span(in.readInt(), in.readInt()) : null;
        String fix = text(in);
        String market = text(in);
        List<String> references = texts(in);
        String lineText = text(in);
        String value = text(in);
        Suppression suppression = in.readBoolean()
                ? new Suppression(Suppression.Kind.values()[in.readByte()], text(in)) : null;
        String suggestion = text(in);
        int n = in.readInt();
        List<Finding.Related> related = new ArrayList<>(n);
        for (int i = 0; i < n; i++) related.add(new Finding.Related(text(in), Severity.values()[in.readByte()], text(in)));
        String documentFile = text(in);
        Box box = null;
        if (in.readBoolean()) {
            String image = text(in);
            Double time = in.readBoolean() ? in.readDouble() : null;
            int x = in.readInt(), y = in.readInt(), w = in.readInt(), h = in.readInt(), iw = in.readInt(), ih = in.readInt();
            box = new Box(image, time, x, y, w, h, iw, ih, text(in));
        }
        return new Finding(rule, severity, message, file, index, line, column, path, span, fix, market, references,
                lineText, value, suppression, suggestion, related, documentFile, box);
    }

    private static void texts(DataOutputStream out, List<String> list) throws IOException {
        out.writeInt(list == null ? -1 : list.size());
        if (list != null) for (String s : list) text(out, s);
    }

    private static List<String> texts(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        List<String> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) out.add(text(in));
        return List.copyOf(out);
    }
}
