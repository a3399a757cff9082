package io.briefcheck.report;

import io.briefcheck.core.Box;
import io.briefcheck.core.MetricsRow;
import io.briefcheck.core.Span;
import io.briefcheck.core.Finding;
import io.briefcheck.core.RuleInfo;
import java.io.PrintWriter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * One self-contained HTML page for brand managers (styles inline, no scripts, nothing fetched):
 * the summary, a chart of findings by severity, the findings per document with the offending text
 * highlighted and the fix, and what each rule that fired is about. Every piece of user text is
 * escaped, so a caption holding {@code <script>} shows as text.
 */
public final class HtmlRenderer {

    private static final String STYLE = """
            body{font:15px/1.5 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;margin:2rem auto;max-width:60rem;padding:0 1rem;color:#1d1d1f}
            h1{font-size:1.6rem}h2{font-size:1.25rem;margin-top:2rem;border-bottom:1px solid #ddd}h3{font-size:1.05rem;margin-bottom:.3rem}
            figure.frame{margin:.4rem 0}figure.frame svg{border:1px solid #ddd;display:block}
            .pass{color:#1a7f37}.fail{color:#cf222e}.error{color:#cf222e}.warning{color:#9a6700}.info{color:#0969da}
            .badge{display:inline-block;border-radius:.3rem;padding:0 .4rem;font-size:.8rem;border:1px solid currentColor}.market{color:#57606a}
            .finding{border-left:4px solid #ddd;padding:.3rem .8rem;margin:.6rem 0}
            .finding.error{border-color:#cf222e}.finding.warning{border-color:#d4a72c}.finding.info{border-color:#54aeff}
            .finding p{margin:.2rem 0;color:#1d1d1f}.where{color:#57606a;font-size:.85rem}
            blockquote{margin:.4rem 0;padding:.4rem .8rem;background:#f6f8fa;white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.85rem}
            mark{background:#ffd8b5;padding:0 .1rem}pre{background:#f6f8fa;padding:.5rem;overflow-x:auto}
            table{border-collapse:collapse}td,th{padding:.2rem .6rem;text-align:left;border-bottom:1px solid #eee}
            .note{background:#fff8c5;padding:.5rem .8rem;border-radius:.3rem}
            .related{margin:.2rem 0;padding-left:1.2rem;font-size:.9rem}
            """;

    private final Map<String, RuleInfo> rules = new LinkedHashMap<>();

    public HtmlRenderer(Collection<RuleInfo> catalog) {
        for (RuleInfo r : catalog) rules.put(r.id(), r);
    }

    public void render(Report report, PrintWriter out) {
        Summary s = report.summary();
        out.println("<!DOCTYPE html>");
        out.println("<html lang=\"en\"><head><meta charset=\"utf-8\">");
        out.println("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">");
        out.println("<title>briefcheck report</title><style>" + STYLE + "</style></head><body>");
        out.println("<h1>briefcheck report <span class=\"badge " + (report.failed() ? "fail\">failed" : "pass\">passed")
                + "</span></h1>");
        long passed = report.documents().stream().filter(d -> d.status() == DocumentResult.Status.PASS).count();
        out.println("<p>" + s.documents() + " document" + (s.documents() == 1 ? "" : "s") + " in " + s.files() + " file"
                + (s.files() == 1 ? "" : "s") + ": " + passed + " passed, "
                + (s.documents() - passed) + " need work. The check fails on " + esc(report.failOn().code())
                + " findings.</p>");
        for (String n : report.notices()) out.println("<p class=\"note\">" + esc(n) + "</p>");
        chart(s, out);
        errChart(report.metrics(), out);

        out.println("<h2>Findings by document</h2>");
        Map<String, List<Finding>> byDocument = report.findingsByDocument();
        for (DocumentResult d : report.documents()) {
            document(d, byDocument.getOrDefault(Report.key(d.file(), d.index()), List.of()), out);
        }

        TreeSet<String> fired = new TreeSet<>();
        for (Finding f : report.findings()) {
            fired.add(f.rule());
            for (Finding.Related r : f.related()) fired.add(r.rule());
        }
        if (!fired.isEmpty()) {
            out.println("<h2>What the rules check</h2>");
            for (String id : fired) rule(id, out);
        }
        out.println("<p class=\"where\">Made by briefcheck " + esc(report.version()) + ".</p>");
        out.println("</body></html>");
        out.flush();
    }

    /** A bar chart of the findings by severity (and the suppressed ones), drawn as inline SVG. */
    private static void chart(Summary s, PrintWriter out) {
        int[] counts = {s.error(), s.warning(), s.info(), s.suppressed()};
        String[] labels = {"errors", "warnings", "info", "suppressed"};
        String[] colours = {"#cf222e", "#d4a72c", "#54aeff", "#8c959f"};
        int max = Math.max(1, Math.max(Math.max(counts[0], counts[1]), Math.max(counts[2], counts[3])));
        int barWidth = 300;
        out.println("<svg role=\"img\" aria-label=\"Findings by severity\" width=\"460\" height=\"" + (counts.length * 30 + 10)
                + "\" viewBox=\"0 0 460 " + (counts.length * 30 + 10) + "\" xmlns=\"http://www.w3.org/2000/svg\">");
        out.println("<title>Findings by severity</title>");
        for (int i = 0; i < counts.length; i++) {
            int y = 5 + i * 30;
            int w = counts[i] == 0 ? 0 : Math.max(2, counts[i] * barWidth / max);
            out.println("<text x=\"0\" y=\"" + (y + 17) + "\" font-size=\"13\">" + labels[i] + "</text>"
                    + "<rect class=\"bar\" data-count=\"" + counts[i] + "\" x=\"90\" y=\"" + y + "\" width=\"" + w
                    + "\" height=\"22\" fill=\"" + colours[i] + "\"/>"
                    + "<text x=\"" + (96 + w) + "\" y=\"" + (y + 17) + "\" font-size=\"13\">" + counts[i] + "</text>");
        }
        out.println("</svg>");
    }

    /**
     * Engagement rate by reach per post, as bars against the benchmark band: the shaded area is
     * "solid" (from errSolid to errExceptional); left of it is low, right of it exceptional.
     */
    private static void errChart(List<MetricsRow> rows, PrintWriter out) {
        List<MetricsRow> withErr = rows.stream().filter(r -> r.err() != null).toList();
        if (withErr.isEmpty()) return;
        MetricsRow first = withErr.get(0);
        double max = Math.max(first.errExceptional() * 1.5, withErr.stream().mapToDouble(MetricsRow::err).max().orElse(0) * 1.1);
        int left = 180, width = 300, rowHeight = 30, height = withErr.size() * rowHeight + 40;
        java.util.function.DoubleFunction<Long> x = v -> Math.round(left + v / max * width);
        out.println("<h2>Engagement rate by reach per post</h2>");
        out.println("<svg role=\"img\" aria-label=\"Engagement rate by reach per post against the benchmark band\" width=\""
                + (left + width + 70) + "\" height=\"" + height + "\" viewBox=\"0 0 " + (left + width + 70) + " " + height
                + "\" xmlns=\"http://www.w3.org/2000/svg\">");
        out.println("<title>Engagement rate by reach per post</title>");
        out.println("<rect class=\"band\" x=\"" + x.apply(first.errSolid()) + "\" y=\"0\" width=\""
                + (x.apply(first.errExceptional()) - x.apply(first.errSolid())) + "\" height=\"" + (height - 20)
                + "\" fill=\"#dafbe1\"/>");
        for (int i = 0; i < withErr.size(); i++) {
            MetricsRow r = withErr.get(i);
            int y = 5 + i * rowHeight;
            String colour = "low".equals(r.errBand()) ? "#cf222e" : "exceptional".equals(r.errBand()) ? "#1a7f37" : "#54aeff";
            long w = Math.max(2, x.apply(r.err()) - left);
            out.println("<text x=\"0\" y=\"" + (y + 17) + "\" font-size=\"13\">" + esc(r.post()) + "</text>"
                    + "<rect class=\"err\" data-err=\"" + String.format(java.util.Locale.ROOT, "%.1f", r.err()) + "\" x=\""
                    + left + "\" y=\"" + y + "\" width=\"" + w + "\" height=\"20\" fill=\"" + colour + "\"/>"
                    + "<text x=\"" + (left + w + 6) + "\" y=\"" + (y + 15) + "\" font-size=\"13\">"
                    + String.format(java.util.Locale.ROOT, "%.1f %%", r.err()) + "</text>");
        }
        int axis = height - 8;
        out.println("<text x=\"" + x.apply(first.errSolid()) + "\" y=\"" + axis + "\" font-size=\"11\" text-anchor=\"middle\">"
                + String.format(java.util.Locale.ROOT, "%.0f %%", first.errSolid()) + " solid</text>");
        out.println("<text x=\"" + x.apply(first.errExceptional()) + "\" y=\"" + axis + "\" font-size=\"11\" text-anchor=\"middle\">"
                + String.format(java.util.Locale.ROOT, "%.0f %%", first.errExceptional()) + " exceptional</text>");
        out.println("</svg>");
    }

    private void document(DocumentResult d, List<Finding> findings, PrintWriter out) {
        String what = d.kind() == null ? "unreadable document" : d.kind() + (d.id() != null ? " " + d.id() : "");
        out.println("<h3>" + esc(d.file()) + " <span class=\"where\">" + esc(what) + " (document " + (d.index() + 1)
                + ")</span> <span class=\"badge " + (d.status() == DocumentResult.Status.PASS ? "pass" : "fail") + "\">"
                + d.status().code() + "</span></h3>");
        if (findings.isEmpty()) {
            out.println("<p class=\"pass\">Nothing to fix.</p>");
            return;
        }
        for (Finding f : findings) {
            String sev = f.severity().code();
            out.println("<div class=\"finding " + sev + "\">");
            out.println("<p><span class=\"badge " + sev + "\">" + sev + "</span> "
                    + (f.market() != null ? "<span class=\"badge market\" title=\"the market this rule judges for\">"
                    + esc(f.market()) + "</span> " : "") + "<strong>" + esc(f.message()) + "</strong></p>");
            if (!f.related().isEmpty()) {
                out.println("<ul class=\"related\">");
                for (Finding.Related r : f.related()) {
                    out.println("<li>Also <span class=\"badge " + r.severity().code() + "\">" + r.severity().code()
                            + "</span> <a href=\"#rule-" + esc(r.rule()) + "\">" + esc(r.rule()) + "</a>: " + esc(r.message()) + "</li>");
                }
                out.println("</ul>");
            }
            String quote = quote(f);
            if (quote != null) out.println("<blockquote>" + quote + "</blockquote>");
            if (f.box() != null) out.println(frame(f.box()));
            if (f.fix() != null) out.println("<p>Fix: " + esc(f.fix()) + "</p>");
            if (f.suppression() != null) {
                out.println("<p class=\"where\">Suppressed (" + f.suppression().kind().code() + "): "
                        + esc(f.suppression().reason() == null ? "no reason given" : f.suppression().reason()) + "</p>");
            }
            out.println("<p class=\"where\">" + esc(f.file() + ":" + f.line() + ":" + f.column()) + " · " + esc(f.path())
                    + " · <a href=\"#rule-" + esc(f.rule()) + "\">" + esc(f.rule()) + "</a></p>");
            out.println("</div>");
        }
    }

    /**
     * The picture the finding is about, small, with its box drawn on it in red (in the picture's own pixels, so
     * the drawing scales with it), and the box in words under it. Without a thumbnail the frame is a grey area.
     */
    static String frame(Box b) {
        int w = Math.max(1, b.imageWidth());
        int h = Math.max(1, b.imageHeight());
        int stroke = Math.max(2, w / 120);
        String picture = b.thumbnail() != null && b.thumbnail().startsWith("data:image/")
                ? "<image href=\"" + esc(b.thumbnail()) + "\" x=\"0\" y=\"0\" width=\"" + w + "\" height=\"" + h + "\" preserveAspectRatio=\"none\"/>"
                : "<rect x=\"0\" y=\"0\" width=\"" + w + "\" height=\"" + h + "\" fill=\"#ddd\"/>";
        return "<figure class=\"frame\"><svg viewBox=\"0 0 " + w + " " + h + "\" width=\"180\" role=\"img\" aria-label=\"" + esc(b.describe()) + "\">"
                + picture + "<rect x=\"" + b.x() + "\" y=\"" + b.y() + "\" width=\"" + b.width() + "\" height=\"" + b.height()
                + "\" fill=\"none\" stroke=\"#d00\" stroke-width=\"" + stroke + "\"/></svg><figcaption class=\"where\">"
                + esc(b.describe()) + "</figcaption></figure>";
    }

    /** The text the finding is about, escaped, with its span marked; null when there is no text value. */
    static String quote(Finding f) {
        String v = f.value();
        if (v == null) return null;
        Span span = f.span();
        if (span == null || span.start() < 0 || span.end() > v.length() || span.start() > span.end()) return esc(v);
        return esc(v.substring(0, span.start())) + "<mark>" + esc(v.substring(span.start(), span.end())) + "</mark>"
                + esc(v.substring(span.end()));
    }

    private void rule(String id, PrintWriter out) {
        RuleInfo r = rules.get(id);
        out.println("<h3 id=\"rule-" + esc(id) + "\">" + esc(id) + (r != null ? " — " + esc(r.title()) : "") + "</h3>");
        if (r == null) return;
        if (r.why() != null) out.println("<p>" + esc(r.why()) + "</p>");
        if (r.source() != null) out.println("<p class=\"where\">Source: " + esc(r.source()) + "</p>");
        for (String ref : r.references()) {
            if (ref.startsWith("https://") || ref.startsWith("http://")) {
                out.println("<p class=\"where\"><a href=\"" + esc(ref) + "\">" + esc(ref) + "</a></p>");
            }
        }
        if (r.bad() != null) out.println("<p>Fires on:</p><pre>" + esc(r.bad()) + "</pre>");
        if (r.good() != null) out.println("<p>Passes:</p><pre>" + esc(r.good()) + "</pre>");
    }

    /**
     * Escapes text for HTML element content and quoted attribute values; control characters show escaped
     * ({@link Printable}), line breaks stay for {@code pre} and {@code blockquote}.
     */
    static String esc(String s) {
        if (s == null) return "";
        String printable = Printable.lines(s);
        StringBuilder sb = new StringBuilder(printable.length() + 16);
        for (char c : printable.toCharArray()) {
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }
}
