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
 * Colour only when asked (the CLI decides: a terminal, no NO_COLOR).
 */
public final class TextRenderer {

    /** Longest fix shown whole: a rewritten caption of a usual post fits, one at Instagram's 2,200 does not. */
    static final int FIX_SHOWN = 300;

    private final boolean colour;

    public TextRenderer(boolean colour) {
        this.colour = colour;
    }

    public void render(Report report, PrintWriter out) {
        Map<String, List<DocumentResult>> byFile = new LinkedHashMap<>();
        for (DocumentResult d : report.documents()) {
            byFile.computeIfAbsent(d.file(), k -> new java.util.ArrayList<>()).add(d);
        }
        Map<String, List<Finding>> findingsByFile = report.findingsByFile();
        boolean first = true;
        for (Map.Entry<String, List<DocumentResult>> e : byFile.entrySet()) {
            List<Finding> findings = findingsByFile.getOrDefault(e.getKey(), List.of()).stream()
                    .filter(Finding::active).toList();
            if (findings.isEmpty()) {
                out.println(paint("32", "ok") + "  " + e.getKey() + dim("  (" + describe(e.getValue()) + ")"));
                first = false;
                continue;
            }
            if (!first) out.println();
            first = false;
            out.println(bold(e.getKey()) + dim("  (" + describe(e.getValue()) + ")"));
            for (Finding f : findings) {
                String where = f.file() + ":" + f.line() + ":" + f.column();
                out.println("  " + where + "  " + severity(f.severity()) + "  " + f.rule()
                        + (f.market() != null ? "  (" + f.market() + ")" : "") + "  " + f.message());
                for (Finding.Related r : f.related()) {
                    out.println("      " + dim("also ") + severity(r.severity()) + "  " + r.rule() + "  " + r.message());
                }
                if (f.fix() != null) out.println("      " + dim("fix: ") + shortened(f.fix()));
            }
        }
        if (!report.metrics().isEmpty()) MetricsTable.render(report.metrics(), out);
        if (!report.notices().isEmpty()) out.println();
        for (String notice : report.notices()) out.println(paint("33", "note: ") + notice);
        out.println();
        out.println(summaryLine(report));
        out.flush();
    }

    /**
     * A fix as the terminal shows it: whole up to {@link #FIX_SHOWN} characters, else cut with a note.
     * Only this display is cut; the finding's fix and suggestion stay whole for the other formats.
     */
    static String shortened(String fix) {
        int length = fix.codePointCount(0, fix.length());
        if (length <= FIX_SHOWN) return fix;
        return fix.substring(0, fix.offsetByCodePoints(0, FIX_SHOWN)).stripTrailing() + "… (" + (length - FIX_SHOWN)
                + " more characters; the JSON report has the whole text)";
    }

    private static String describe(List<DocumentResult> docs) {
        if (docs.size() == 1) {
            DocumentResult d = docs.get(0);
            return (d.kind() == null ? "unreadable" : d.kind()) + (d.id() != null ? " " + d.id() : "");
        }
        return docs.size() + " documents";
    }

    String summaryLine(Report report) {
        Summary s = report.summary();
        long passed = report.documents().stream().filter(d -> d.status() == DocumentResult.Status.PASS).count();
        long failed = report.documents().stream().filter(d -> d.status() == DocumentResult.Status.FAIL).count();
        long unreadable = report.documents().stream().filter(d -> d.status() == DocumentResult.Status.ERROR).count();
        StringBuilder sb = new StringBuilder();
        sb.append(count(s.documents(), "document")).append(" in ").append(count(s.files(), "file")).append(": ")
                .append(passed).append(" passed, ").append(failed).append(" failed");
        if (unreadable > 0) sb.append(", ").append(unreadable).append(" could not be read");
        sb.append(" — ").append(count(s.error(), "error")).append(", ").append(count(s.warning(), "warning"))
                .append(", ").append(s.info()).append(" info");
        if (s.suppressed() > 0) sb.append(", ").append(s.suppressed()).append(" suppressed");
        String line = sb.toString();
        return report.failed() ? paint("1;31", line) : paint("1;32", line);
    }

    private static String count(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    private String severity(Severity s) {
        String padded = String.format("%-7s", s.code());
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
