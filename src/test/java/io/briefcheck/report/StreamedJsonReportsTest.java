package io.briefcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.briefcheck.TestEngine;
import io.briefcheck.check.Checker;
import io.briefcheck.core.Finding;
import io.briefcheck.core.Severity;
import io.briefcheck.core.Span;
import io.briefcheck.core.Suppression;
import io.briefcheck.load.Document;
import io.briefcheck.load.Loader;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The streamed JSON and SARIF reports keep each document, finding and result as it will print, then put the arrays
 * in place ({@link Spill.PrintedArray}): they must print exactly what Jackson prints for the whole report at once.
 */
class StreamedJsonReportsTest {

    private static String streamed(Report report) throws IOException {
        StringWriter out = new StringWriter();
        new JsonRenderer().render(report, out);
        return out.toString();
    }

    private static String whole(Report report) throws IOException {
        return new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(JsonRenderer.toMap(report)) + "\n";
    }

    /** The SARIF log streamed, and printed whole, with the bundled rules' metadata. */
    private static void sarifPrintsAsTheWholeLogDoes(Report report) throws IOException {
        SarifRenderer sarif = new SarifRenderer(TestEngine.get().catalog().all());
        StringWriter out = new StringWriter();
        sarif.render(report, out);
        assertEquals(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(sarif.toMap(report)) + "\n",
                out.toString());
    }

    @Test
    void theExamplesPrintAsTheWholeReportDoes() throws IOException {
        List<Document> docs = new ArrayList<>();
        try (Stream<Path> files = Files.walk(Path.of("briefs"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).sorted().toList()) {
                docs.addAll(new Loader().loadFile(f, f.toString()));
            }
        }
        Report report = new Checker(TestEngine.get(), "test").check(docs, Checker.Options.DEFAULT);
        assertTrue(report.findings().size() > 20 && !report.metrics().isEmpty(), "the examples hold findings and metrics");
        assertEquals(whole(report), streamed(report));
        sarifPrintsAsTheWholeLogDoes(report);
    }

    /** More than a spill keeps in memory: the kept objects go to a temporary file and come back whole. */
    @Test
    void aReportLargerThanMemoryKeepsPrintsAsTheWholeReportDoes() throws IOException {
        Finding f = new Finding("ftc/label-not-at-start", Severity.WARNING, "é".repeat(900), "a.yaml", 0, 3, 7, "caption",
                null, "Move it", "US", List.of("https://example.org/a"));
        Report r = Report.of("1.0", List.of(new DocumentResult("a.yaml", 0, "post", "p1", DocumentResult.Status.FAIL)),
                java.util.Collections.nCopies(3 * Spill.IN_MEMORY / 900, f), Severity.ERROR);
        assertEquals(whole(r), streamed(r));
        sarifPrintsAsTheWholeLogDoes(r);
    }

    @Test
    void nestedValuesEmptyArraysAndOtherScriptsPrintAsTheWholeReportDoes() throws IOException {
        Finding plain = new Finding("ftc/label-not-at-start", Severity.WARNING, "\"#ad\" comes late — 広告 🙂 \u0001",
                "a \"b\".yaml", 0, 3, 7, "caption", new Span(2, 5), "Move it", "US", List.of("https://example.org/a", "b"));
        Finding full = new Finding("rsm/x", Severity.ERROR, "m", "x.srt", 1, 2, 1, "video.transcript[0].text", null, null, null,
                List.of(), "line", "value", new Suppression(Suppression.Kind.INLINE, "agreed"), "#ad fixed",
                List.of(new Finding.Related("asa/y", Severity.INFO, "also")));
        DocumentResult doc = new DocumentResult("a \"b\".yaml", 0, "post", "p1", DocumentResult.Status.FAIL);
        for (Report r : List.of(
                Report.of("1.0", List.of(), List.of(), Severity.ERROR),
                Report.of("1.0", List.of(doc), List.of(), Severity.ERROR),
                Report.of("1.0", List.of(doc, doc), List.of(plain, plain, full), Severity.ERROR, List.of("a notice: [ \"\\u0000documents\\u0000\" ]")))) {
            assertEquals(whole(r), streamed(r));
            sarifPrintsAsTheWholeLogDoes(r);
        }
    }
}
