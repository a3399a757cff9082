package io.briefcheck.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.briefcheck.core.RuleInfo;
import io.briefcheck.report.HtmlRenderer;
import io.briefcheck.report.MarkdownRenderer;
import io.briefcheck.report.JsonRenderer;
import io.briefcheck.report.Report;
import io.briefcheck.report.SarifRenderer;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The report formats the page offers for download, each a renderer from {@code report/}. Adding a
 * format is one {@code add(...)} line here; the page lists whatever {@code GET /api/formats} returns.
 */
final class ReportFormats {

    interface Render {
        String apply(Report report) throws Exception;
    }

    record Format(String name, String contentType, String extension, Render render) {
    }

    private final Map<String, Format> byName = new LinkedHashMap<>();

    ReportFormats(Collection<RuleInfo> rules) {
        add("json", "application/json; charset=utf-8", "json", ReportFormats::json);
        add("html", "text/html; charset=utf-8", "html", report -> {
            StringWriter out = new StringWriter();
            new HtmlRenderer(rules).render(report, new PrintWriter(out));
            return out.toString();
        });
        add("markdown", "text/markdown; charset=utf-8", "md", report -> {
            StringWriter out = new StringWriter();
            new MarkdownRenderer().render(report, new PrintWriter(out));
            return out.toString();
        });
        add("sarif", "application/sarif+json; charset=utf-8", "sarif", report -> {
            StringWriter out = new StringWriter();
            new SarifRenderer(rules).render(report, out);
            return out.toString();
        });
    }

    private void add(String name, String contentType, String extension, Render render) {
        byName.put(name, new Format(name, contentType, extension, render));
    }

    Format get(String name) {
        return byName.get(name);
    }

    Iterable<Format> all() {
        return byName.values();
    }

    private static String json(Report report) throws JsonProcessingException {
        return Json.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(JsonRenderer.toMap(report));
    }
}
