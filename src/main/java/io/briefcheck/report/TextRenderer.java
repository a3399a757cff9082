package io.briefcheck.report;

import io.briefcheck.core.Severity;
import io.briefcheck.core.Finding;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The human report: findings grouped by file as {@code file:line:col  severity  rule  (market)  message}
 * (the market only for a country's rules); under each, the other rules that found the same cause
 * ({@code also  severity  rule  message}) and the fix (a very long one, such as a whole rewritten caption,
 * shortened); then a one-line summary.
 * Colour only when asked (the CLI decides: a terminal, no NO_COLOR). Every piece of user text goes through
 * {@link Printable}: no control character reaches the terminal raw, and a huge message is cut.
 */
public final class TextRenderer {

    /** Longest fix shown whole: a rewritten caption of a usual post fits, one at Instagram's 2,200 does not. */
    static final int FIX_SHOWN = 300;
    /** Longest message shown whole: ours are far shorter; a message quoting a huge value is cut. */
    static final int MESSAGE_SHOWN = 1000;
    /** Longest file name or document id shown whole in a heading. */
    static final int NAME_SHOWN = 200;

    /** Each severity's code padded to 7 characters, so the rule ids line up. */
    private static final String[] PADDED = new String[Severity.values().length];

    static {
        for (Severity s : Severity.values()) {
            StringBuilder padded = new StringBuilder(s.code());
            while (padded.length() < 7) padded.append(' ');
            PADDED[s.ordinal()] = padded.toString();
        }
    }

    private final boolean colour;

    public TextRenderer(boolean colour) {
        this.colour = colour;
    }

    public void render(Report report, PrintWriter out) {
        ReportSink.replayPrinting(report, sink(out));
    }

    /** The report written as the run goes: each file when it is checked, the summary line at the end. */
    public ReportSink sink(PrintWriter out) {
        return new ReportSink() {
            private boolean first = true;

            @Override
            public void file(String file, List<DocumentResult> documents, List<Finding> all) {
                if (documents.isEmpty()) return;
                List<Finding> findings = all.stream().filter(Finding::active).toList();
                if (findings.isEmpty()) {
                    out.println(paint("32", "ok") + "  " + name(file) + dim("  (" + describe(documents) + ")"));
                    first = false;
                    return;
                }
                if (!first) out.println();
                first = false;
                out.println(bold(name(file)) + dim("  (" + describe(documents) + ")"));
                for (Finding f : findings) {
                    String where = name(f.file()) + ":" + f.line() + ":" + f.column();
                    out.println("  " + where + "  " + severity(f.severity()) + "  " + Printable.line(f.rule())
                            + (f.market() != null ? "  (" + Printable.line(f.market(), NAME_SHOWN) + ")" : "") + "  "
                            + message(f.message()));
                    for (Finding.Related r : f.related()) {
                        out.println("      " + dim("also ") + severity(r.severity()) + "  " + Printable.line(r.rule()) + "  "
                                + message(r.message()));
                    }
                    if (f.box() != null) out.println("      " + dim("on: ") + Printable.line(f.box().describe(), FIX_SHOWN));
                    if (f.fix() != null) out.println("      " + dim("fix: ") + Printable.line(f.fix(), FIX_SHOWN));
                }
            }

            @Override
            public void end(Tail tail) {
                if (!tail.metrics().isEmpty()) MetricsTable.render(tail.metrics(), out);
                if (!tail.notices().isEmpty()) out.println();
                for (String notice : tail.notices()) out.println(paint("33", "note: ") + message(notice));
                out.println();
                out.println(summaryLine(tail));
                out.flush();
            }
        };
    }

    private static String name(String file) {
        return Printable.line(file, NAME_SHOWN);
    }

    private static String message(String message) {
        return Printable.line(message, MESSAGE_SHOWN);
    }

    private static String describe(List<DocumentResult> docs) {
        if (docs.size() == 1) {
            DocumentResult d = docs.get(0);
            return (d.kind() == null ? "unreadable" : d.kind()) + (d.id() != null ? " " + name(d.id()) : "");
        }
        return docs.size() + " documents";
    }

    String summaryLine(Report report) {
        return summaryLine(ReportSink.Tail.of(report));
    }

    String summaryLine(ReportSink.Tail report) {
        Summary s = report.summary();
        long passed = report.passed();
        long failed = report.failed();
        long unreadable = report.unreadable();
        StringBuilder sb = new StringBuilder();
        sb.append(count(s.documents(), "document")).append(" in ").append(count(s.files(), "file")).append(": ")
                .append(passed).append(" passed, ").append(failed).append(" failed");
        if (unreadable > 0) sb.append(", ").append(unreadable).append(" could not be checked");
        sb.append(" — ").append(count(s.error(), "error")).append(", ").append(count(s.warning(), "warning"))
                .append(", ").append(s.info()).append(" info");
        if (s.suppressed() > 0) sb.append(", ").append(s.suppressed()).append(" suppressed");
        String line = sb.toString();
        return report.runFailed() ? paint("1;31", line) : paint("1;32", line);
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private String severity(Severity s) {
        String padded = PADDED[s.ordinal()];
        return switch (s) {
            case ERROR -> paint("31", padded);
            case WARNING -> paint("33", padded);
            default -> paint("36", padded);
        };
    }

    private String bold(String s) {
        return paint("1", s);
    }

    private String dim(String s) {
        return paint("2", s);
    }

    private String paint(String code, String s) {
        return colour ? "\u001b[" + code + "m" + s + "\u001b[0m" : s;
    }
}
