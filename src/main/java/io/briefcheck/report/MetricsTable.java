package io.briefcheck.report;

import io.briefcheck.core.MetricsRow;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The short per-post table a brand manager reads at a glance: ERR with its band, story completion
 * against the strong mark, CTR against the industry's range. Plain text, aligned columns.
 */
final class MetricsTable {
    private MetricsTable() {
    }

    static void render(List<MetricsRow> rows, PrintWriter out) {
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {"results", "ERR (by reach)", "story completion", "CTR"});
        for (MetricsRow r : rows) {
            lines.add(new String[] {Printable.line(r.post(), TextRenderer.NAME_SHOWN) + (r.kind() == null ? "" : " (" + r.kind() + ")"),
                err(r), completion(r), ctr(r)});
        }
        int[] width = new int[4];
        for (String[] l : lines) for (int i = 0; i < 4; i++) width[i] = Math.max(width[i], l[i].length());
        out.println();
        out.println("Results at a glance");
        for (String[] l : lines) {
            StringBuilder sb = new StringBuilder("  ");
            for (int i = 0; i < 4; i++) {
                sb.append(i == 3 ? l[i] : String.format(Locale.ROOT, "%-" + (width[i] + 3) + "s", l[i]));
            }
            out.println(sb.toString().stripTrailing());
        }
    }

    private static String err(MetricsRow r) {
        return r.err() == null ? "-" : pct(r.err()) + " " + r.errBand();
    }

    private static String completion(MetricsRow r) {
        if (r.completion() == null) return "-";
        boolean strong = r.completion() >= r.completionStrong();
        return pct(r.completion()) + (strong ? " strong" : " low (< " + num(r.completionStrong()) + " %)")
                + (!strong && r.dropFrame() > 0 ? ", frame " + r.dropFrame() + " drops most" : "");
    }

    private static String ctr(MetricsRow r) {
        if (r.ctr() == null) return "-";
        if (r.ctrLow() == null || r.ctrHigh() == null) return pct(r.ctr()) + " (no benchmark" + (r.industry() == null ? ")" : " for " + r.industry() + ")");
        String where = r.ctr() < r.ctrLow() ? "below" : r.ctr() > r.ctrHigh() ? "above" : "within";
        return pct(r.ctr()) + " " + where + " " + num(r.ctrLow()) + "-" + num(r.ctrHigh()) + " % (" + r.industry() + ")";
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.1f %%", v);
    }

    private static String num(double v) {
        return v == Math.rint(v) ? String.valueOf((long) v) : String.valueOf(v);
    }
}
