package io.briefcheck.report;

import io.briefcheck.core.Severity;
import io.briefcheck.core.Finding;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;

/**
 * A Markdown report fit for a pull-request comment or a GitHub job summary: a headline, the counts,
 * a table of findings per file, suppressed findings folded away, and notes about the run. User text
 * is escaped for Markdown and for the HTML that GitHub renders inside Markdown.
 */
public final class MarkdownRenderer {

    public void render(Report report, PrintWriter out) {
        ReportSink.replayPrinting(report, sink(out));
    }

    /**
     * The report written as the run goes: the tables are kept ({@link Spill}) until the end, where the
     * headline and counts that come before them are known; the output is the same as {@link #render}'s.
     */
    public ReportSink sink(PrintWriter out) {
        Spill tables = new Spill();
        Spill hidden = new Spill();
        PrintWriter byFile = new PrintWriter(tables.writer());
        PrintWriter suppressedRows = new PrintWriter(hidden.writer());
        return new ReportSink() {
            private int suppressed;
            private boolean anyActive;

            @Override
            public void file(String file, List<DocumentResult> documents, List<Finding> findings) {
                boolean headed = false;
                for (Finding f : findings) {
                    if (!f.active()) {
                        suppressed++;
                        suppressedRows.println("| " + cell(f.file() + ":" + f.line()) + " | `" + f.rule() + "` | " + cell(f.message())
                                + also(f) + " | " + f.suppression().kind().code() + " | " + cell(f.suppression().reason() == null
                                ? "no reason given" : f.suppression().reason()) + " |");
                        continue;
                    }
                    if (!headed) {
                        byFile.println("### " + inline(file));
                        byFile.println();
                        byFile.println("| Line | Severity | Rule | Problem | Fix |");
                        byFile.println("|---:|---|---|---|---|");
                        headed = true;
                        anyActive = true;
                    }
                    // under the document's file; a finding in a file it names (its subtitles) says which
                    String where = (f.elsewhere() ? inline(f.file()) + ":" : "") + f.line() + ":" + f.column();
                    byFile.println("| " + where + " | " + icon(f.severity()) + " " + f.severity().code()
                            + " | `" + f.rule() + "`" + (f.market() != null ? " (" + inline(f.market()) + ")" : "") + " | "
                            + cell(f.message()) + (f.box() == null ? "" : cell(" (on " + f.box().describe() + ")")) + also(f)
                            + " | " + cell(f.fix()) + " |");
                }
                if (headed) byFile.println();
            }

            @Override
            public void end(Tail report) throws IOException {
                try (tables; hidden) {
                    Summary s = report.summary();
                    out.println("## briefcheck: " + (report.runFailed() ? "❌ failed" : "✅ passed"));
                    out.println();
                    long passed = report.passed();
                    out.println("**" + count(s.documents(), "document") + "** in **" + count(s.files(), "file") + "**: " + passed
                            + " passed, " + (s.documents() - passed) + " did not. " + count(s.error(), "error") + ", "
                            + count(s.warning(), "warning") + ", " + s.info() + " info"
                            + (s.suppressed() > 0 ? ", " + s.suppressed() + " suppressed" : "")
                            + " (fails on: " + report.failOn().code() + ").");
                    out.println();
                    for (String notice : report.notices()) out.println("> **Note:** " + inline(notice));
                    if (!report.notices().isEmpty()) out.println();
                    byFile.flush();
                    out.flush();
                    tables.copyTo(out);
                    if (!anyActive) {
                        out.println("No findings.");
                        out.println();
                    }
                    if (suppressed > 0) {
                        out.println("<details><summary>" + suppressed + " suppressed finding" + (suppressed == 1 ? "" : "s")
                                + "</summary>");
                        out.println();
                        out.println("| Where | Rule | Problem | Suppressed by | Reason |");
                        out.println("|---|---|---|---|---|");
                        suppressedRows.flush();
                        out.flush();
                        hidden.copyTo(out);
                        out.println();
                        out.println("</details>");
                        out.println();
                    }
                    out.println("<sub>briefcheck " + inline(report.version()) + " · `briefcheck explain RULE` tells why a rule matters.</sub>");
                    out.flush();
                }
            }
        };
    }

    /** The other rules that found the same cause, each on a line of its own inside the table cell. */
    private static String also(Finding f) {
        StringBuilder sb = new StringBuilder();
        for (Finding.Related r : f.related()) sb.append("<br>Also `").append(r.rule()).append("`: ").append(cell(r.message()));
        return sb.toString();
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private static String icon(Severity s) {
        return switch (s) {
            case ERROR -> "🔴";
            case WARNING -> "🟡";
            default -> "🔵";
        };
    }

    /** A table cell: on one line, pipes escaped, cut when huge (the JSON report has the whole text). */
    private static String cell(String s) {
        return s == null ? "" : inline(Printable.shortened(s, TextRenderer.MESSAGE_SHOWN)).replace("|", "\\|");
    }

    /**
     * Escapes text so Markdown and the HTML inside it show it as written, on one line: control characters
     * first (a newline shows as {@code \n}, see {@link Printable}), then Markdown, then HTML.
     */
    static String inline(String s) {
        String printable = Printable.line(s);
        StringBuilder sb = new StringBuilder(printable.length() + 16);
        for (char c : printable.toCharArray()) {
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '#', '!', '~', '@' -> sb.append('\\').append(c);
                default -> sb.append(c);
            }
        }
        // HTML last, so the entities it writes (&#39;) are not Markdown-escaped themselves
        return HtmlRenderer.esc(sb.toString());
    }
}
