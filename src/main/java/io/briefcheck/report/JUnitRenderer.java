package io.briefcheck.report;

import io.briefcheck.core.Severity;
import io.briefcheck.core.Span;
import io.briefcheck.core.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/**
 * JUnit XML for CI test views: one test case per document, one failure per finding at or above
 * {@code --fail-on}. Findings below it and suppressed ones are listed in the case's system-out, so
 * they are visible without failing anything.
 */
public final class JUnitRenderer {

    public void render(Report report, Writer out) throws IOException {
        ReportSink.replay(report, sink(out, report.failOn()));
    }

    /**
     * The XML written as the run goes: test cases are kept ({@link Spill}) until the end, where the totals
     * that come before them are known; the output is the same as {@link #render}'s.
     */
    public ReportSink sink(Writer out, Severity failOn) throws IOException {
        Spill cases = new Spill();
        XMLStreamWriter body = writer(cases.writer());
        return new ReportSink() {
            private int failures;

            @Override
            public void file(String file, List<DocumentResult> documents, List<Finding> findings) throws IOException {
                Map<Integer, List<Finding>> byDocument = new HashMap<>();
                for (Finding f : findings) {
                    byDocument.computeIfAbsent(f.index(), k -> new ArrayList<>()).add(f);
                    if (fails(f)) failures++;
                }
                try {
                    for (DocumentResult d : documents) testcase(body, this::fails, d, byDocument.getOrDefault(d.index(), List.of()));
                } catch (XMLStreamException e) {
                    throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
                }
            }

            private boolean fails(Finding f) {
                return f.active() && f.severity().atLeast(failOn);
            }

            @Override
            public void end(Tail tail) throws IOException {
                try (cases) {
                    body.flush();
                    XMLStreamWriter x = writer(out);
                    x.writeStartDocument("UTF-8", "1.0");
                    x.writeCharacters("\n");
                    int tests = tail.summary().documents();
                    x.writeStartElement("testsuites");
                    x.writeAttribute("name", "briefcheck");
                    x.writeAttribute("tests", String.valueOf(tests));
                    x.writeAttribute("failures", String.valueOf(failures));
                    x.writeAttribute("errors", "0");
                    x.writeCharacters("\n  ");
                    x.writeStartElement("testsuite");
                    x.writeAttribute("name", "briefcheck");
                    x.writeAttribute("tests", String.valueOf(tests));
                    x.writeAttribute("failures", String.valueOf(failures));
                    x.writeAttribute("errors", "0");
                    x.writeAttribute("skipped", "0");
                    x.writeCharacters("");
                    x.flush();
                    cases.copyTo(out);
                    x.writeCharacters("\n  ");
                    x.writeEndElement();
                    x.writeCharacters("\n");
                    x.writeEndElement();
                    x.writeCharacters("\n");
                    x.writeEndDocument();
                    x.flush();
                    out.flush();
                } catch (XMLStreamException e) {
                    throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
                }
            }
        };
    }

    private static XMLStreamWriter writer(Writer out) throws IOException {
        try {
            return XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        } catch (XMLStreamException e) {
            throw new IOException("cannot write the JUnit report: " + e.getMessage(), e);
        }
    }

    private static void testcase(XMLStreamWriter x, java.util.function.Predicate<Finding> fails, DocumentResult d, List<Finding> findings)
            throws XMLStreamException {
        x.writeCharacters("\n    ");
        x.writeStartElement("testcase");
        x.writeAttribute("classname", attribute(d.file()));
        x.writeAttribute("name", attribute(name(d)));
        x.writeAttribute("file", attribute(d.file()));
        List<String> other = new ArrayList<>();
        for (Finding f : findings) {
            if (!fails.test(f)) {
                other.add(where(f) + "  " + f.severity().code() + "  " + f.rule() + "  " + one(f.message())
                        + (f.related().isEmpty() ? "" : "  [also " + String.join(", ", f.related().stream()
                        .map(Finding.Related::rule).toList()) + "]")
                        + (f.suppression() != null ? "  [suppressed (" + f.suppression().kind().code() + ")"
                        + (f.suppression().reason() != null ? ": " + one(f.suppression().reason()) : "") + "]" : ""));
                continue;
            }
            x.writeCharacters("\n      ");
            x.writeStartElement("failure");
            x.writeAttribute("type", attribute(f.rule()));
            x.writeAttribute("message", attribute(one(f.message())));
            x.writeCharacters(clean(where(f) + "  " + f.severity().code() + "  " + f.rule() + "\n" + one(f.message())
                    + also(f) + flagged(f) + (f.fix() != null ? "\nfix: " + one(f.fix()) : "")));
            x.writeEndElement();
        }
        if (!other.isEmpty()) {
            x.writeCharacters("\n      ");
            x.writeStartElement("system-out");
            x.writeCharacters(clean(String.join("\n", other)));
            x.writeEndElement();
        }
        x.writeCharacters("\n    ");
        x.writeEndElement();
    }

    /** The other rules that found the same cause, one line each. */
    private static String also(Finding f) {
        StringBuilder sb = new StringBuilder();
        for (Finding.Related r : f.related()) {
            sb.append("\nalso: ").append(r.severity().code()).append("  ").append(r.rule()).append("  ").append(one(r.message()));
        }
        return sb.toString();
    }

    /** The words the finding is about, when a rule marked them inside a text value. */
    private static String flagged(Finding f) {
        Span s = f.span();
        String v = f.value();
        if (s == null || v == null || s.start() < 0 || s.end() > v.length() || s.start() >= s.end()) return "";
        return "\nflagged: " + one(v.substring(s.start(), s.end()));
    }

    private static String name(DocumentResult d) {
        String what = d.kind() == null ? "unreadable document" : d.kind() + (d.id() != null ? " " + d.id() : "");
        return what + " (document " + (d.index() + 1) + ")";
    }

    private static String where(Finding f) {
        return one(f.file()) + ":" + f.line() + ":" + f.column();
    }

    /**
     * One piece of user text inside a multi-line body: on its own line, so a CI log that prints the body
     * never sees a line the text started (a GitHub workflow command, say); cut when huge.
     */
    private static String one(String s) {
        return Printable.line(s, TextRenderer.MESSAGE_SHOWN);
    }

    /**
     * Text for an element: lines kept, every other control character shown escaped ({@link Printable}),
     * since XML 1.0 cannot hold most of them at all, not even as a character reference.
     */
    static String clean(String s) {
        return s == null ? "" : xml(Printable.lines(s));
    }

    /** Text for an attribute, where a line break would be read back as a space: on one line. */
    static String attribute(String s) {
        return s == null ? "" : xml(Printable.line(s));
    }

    /** The two non-characters XML 1.0 leaves out beyond the controls ({@link Printable} took those). */
    private static String xml(String s) {
        return s.replace('\uFFFE', '\uFFFD').replace('\uFFFF', '\uFFFD');
    }
}
