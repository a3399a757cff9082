package io.briefcheck.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.TestEngine;
import io.briefcheck.core.Severity;
import io.briefcheck.load.Document;
import io.briefcheck.load.Loader;
import io.briefcheck.model.RunSettings;
import io.briefcheck.report.Report;
import io.briefcheck.report.ReportCollector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A streamed check gives the report of checking the same documents in memory: same findings, same order,
 * same statuses, metrics and totals, whatever the part size, also when a group's first document comes
 * after others of it (so they wait) and with duplicate ids, references that resolve nowhere, unreadable
 * documents and files of several documents.
 */
class StreamingCheckTest {

    private static final String EXTRA = """
            kind: post
            id: early-post
            brief: spring-glow-2027
            platform: instagram
            format: post
            caption: "Loving this serum, code SAVE10"
            ---
            kind: brief
            id: spring-glow-2027
            brand: {name: Copy}
            ---
            : : :
            ---
            kind: results
            post: no-such-post
            brief: sprng-glow
            reach: 100
            likes: 3
            """;

    @Test
    void givesTheReportOfAnInMemoryCheckWhateverThePartSize() throws Exception {
        Loader loader = new Loader();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(Path.of("briefs"))) {
            // the bundled examples backwards: posts and results come before the briefs they name; the first file's
            // post names a brief both it and briefs/spring-glow hold, so its group takes in documents far down the
            // run, which wait for the documents between
            files = walk.filter(p -> p.toString().endsWith(".yaml")).sorted(Comparator.reverseOrder()).toList();
        }
        List<StreamingCheck.Source> sources = new ArrayList<>();
        List<Document> all = new ArrayList<>();
        sources.add(() -> loader.loadText("a-first.yaml", EXTRA));
        all.addAll(loader.loadText("a-first.yaml", EXTRA));
        for (Path f : files) {
            sources.add(() -> loader.loadFile(f, f.toString()));
            all.addAll(loader.loadFile(f, f.toString()));
        }
        Checker checker = new Checker(TestEngine.get(), "test");
        Checker.Options options = new Checker.Options(Severity.WARNING, List.of(), List.of(),
                new RunSettings(List.of(), LocalDate.of(2026, 11, 30)));
        Report expected = checker.check(all, options);
        assertTrue(expected.findings().size() > 50 && expected.documents().size() > 20, "the examples have findings");
        for (int part : new int[] {1, 3, 1000}) {
            ReportCollector collected = new ReportCollector();
            boolean failed = new StreamingCheck(checker, options, sources, part).run(collected, List.of());
            Report streamed = collected.report();
            assertEquals(expected.documents(), streamed.documents(), "documents, part size " + part);
            assertEquals(expected.findings(), streamed.findings(), "findings, part size " + part);
            assertEquals(expected.summary(), streamed.summary(), "summary, part size " + part);
            assertEquals(expected.metrics(), streamed.metrics(), "metrics, part size " + part);
            assertEquals(expected.notices(), streamed.notices());
            assertEquals(expected.failed(), failed);
        }
    }

    /**
     * Documents a {@link StreamingCheck.Lookup} adds are checked with the run but not reported: the given documents
     * get the findings, statuses and metrics of a check that was given the context too, whatever the part size.
     */
    @Test
    void contextDocumentsTakePartButAreNotReported() throws Exception {
        Loader loader = new Loader();
        Path brief = Path.of("briefs/spring-glow/brief.yaml");
        List<Path> given = List.of(Path.of("briefs/spring-glow/tess-reel-1-results.yaml"), Path.of("briefs/spring-glow/tess-reel-1.yaml"));
        List<StreamingCheck.Source> sources = new ArrayList<>();
        List<Document> all = new ArrayList<>();
        for (Path f : given) {
            sources.add(() -> loader.loadFile(f, f.toString()));
            all.addAll(loader.loadFile(f, f.toString()));
        }
        all.addAll(loader.loadFile(brief, brief.toString()));
        Checker checker = new Checker(TestEngine.get(), "test");
        Checker.Options options = new Checker.Options(Severity.INFO, List.of(), List.of(),
                new RunSettings(List.of(), LocalDate.of(2026, 11, 30)));
        Report whole = checker.check(all, options);
        List<String> givenNames = given.stream().map(Path::toString).toList();
        assertTrue(whole.findings().stream().anyMatch(f -> f.file().equals(brief.toString())), "the brief has findings of its own");
        for (int part : new int[] {1, 1000}) {
            List<String> asked = new ArrayList<>();
            boolean[] once = {false};
            StreamingCheck.Lookup lookup = (briefs, posts) -> {
                asked.add(briefs + " " + posts);
                if (once[0] || !briefs.contains("spring-glow-2027")) return List.of();
                once[0] = true;
                return List.of(new StreamingCheck.Context(brief.toString(), () -> loader.loadFile(brief, brief.toString())));
            };
            ReportCollector collected = new ReportCollector();
            new StreamingCheck(checker, options, sources, part).withLookup(lookup).run(collected, List.of());
            Report streamed = collected.report();
            assertEquals(List.of("[spring-glow-2027] []"), asked, "looked up once: the brief names nothing missing");
            assertEquals(whole.documents().stream().filter(d -> givenNames.contains(d.file())).toList(), streamed.documents());
            assertEquals(whole.findings().stream().filter(f -> givenNames.contains(f.file())).toList(), streamed.findings(), "part size " + part);
            assertEquals(whole.metrics(), streamed.metrics());
            assertEquals(List.of("brief spring-glow-2027 was read from " + brief + " (not among the files given)"), streamed.notices());
        }
    }
}
