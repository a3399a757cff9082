package io.briefcheck.report;

import io.briefcheck.core.MetricsRow;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;

/**
 * The short per-post table a brand manager reads at a glance: ERR with its band, story completion
 * against the strong mark, CTR against the industry's range. Plain text, aligned columns.
 */
final class MetricsTable {
    private MetricsTable() {
    }

    /** Prints the table; {@code rows} is read twice (the columns' widths, then the lines), never held as lines. */
    static void render(List<MetricsRow> rows, PrintWriter out) {
        String[] header = {"results", "ERR (by reach)", "story completion", "CTR"};
        int[] width = new int[4];
        widen(width, header);
        for (MetricsRow r : rows) widen(width, cells(r));
        out.println();
        out.println("Results at a glance");
        print(width, header, out);
        for (MetricsRow r : rows) print(width, cells(r), out);
    }

    private static String[] cells(MetricsRow r) {
        return new String[] {Printable.line(r.post(), TextRenderer.NAME_SHOWN) + (r.kind() == null ? "" : " (" + r.kind() + ")"),
            err(r), completion(r), ctr(r)};
    }

    private static void widen(int[] width, String[] cells) {
        for (int i = 0; i < 4; i++) width[i] = Math.max(width[i], cells[i].length());
    }

    private static void print(int[] width, String[] cells, PrintWriter out) {
        StringBuilder sb = new StringBuilder("  ");
        for (int i = 0; i < 4; i++) {
            sb.append(i == 3 ? cells[i] : String.format(Locale.ROOT, "%-" + (width[i] + 3) + "s", cells[i]));
        }
        out.println(sb.toString().stripTrailing());
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
