package io.briefcheck.engine;

import io.briefcheck.load.Document;
import io.briefcheck.load.Position;
import io.briefcheck.model.Located;
import io.briefcheck.model.Source;
import io.briefcheck.report.Finding;
import io.briefcheck.report.Severity;
import io.briefcheck.report.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;

/**
 * The DRL global {@code findings}: rules call {@code findings.report(drools.getRule(), $fact, "path",
 * message, fix)} and this turns it into a {@link Finding} with the rule's id and severity (from its
 * metadata) and the file, line and column of the path. One per session; not shared between threads.
 */
public final class Findings {

    private final RuleCatalog catalog;
    private final Map<DocKey, Document> documents;
    private final Set<Finding> found = new LinkedHashSet<>();

    record DocKey(String file, int index) {
    }

    Findings(RuleCatalog catalog, Map<DocKey, Document> documents) {
        this.catalog = catalog;
        this.documents = documents;
    }

    /** Reports a problem at {@code path}, relative to where {@code fact} was written. */
    public void report(Rule rule, Located fact, String path, String message, String fix) {
        add(rule, fact, path, null, message, fix, null, null);
    }

    /** The same, for rules that apply to one market (ftc/ is US, asa/ UK, rsm/ NL). */
    public void report(Rule rule, Located fact, String path, String message, String fix, String market) {
        add(rule, fact, path, null, message, fix, market, null);
    }

    /** The same, offering the whole rewritten text (e.g. the fixed caption) for tools to copy or apply. */
    public void report(Rule rule, Located fact, String path, String message, String fix, String market,
                       String suggestion) {
        add(rule, fact, path, null, message, fix, market, suggestion);
    }

    /** Reports a character range inside a text value (a caption, a transcript line). */
    public void reportSpan(Rule rule, Located fact, String path, int start, int end, String message, String fix,
                           String market) {
        add(rule, fact, path, new Span(start, end), message, fix, market, null);
    }

    /** A span finding offering the whole rewritten text (e.g. the fixed caption). */
    public void reportSpan(Rule rule, Located fact, String path, int start, int end, String message, String fix,
                           String market, String suggestion) {
        add(rule, fact, path, new Span(start, end), message, fix, market, suggestion);
    }

    private void add(Rule rule, Located fact, String path, Span span, String message, String fix, String market,
                     String suggestion) {
        String id = String.valueOf(rule.getMetaData().get("id"));
        RuleInfo info = catalog.get(id);
        Source src = fact.source();
        String fullPath = src.resolve(path);
        Document doc = documents.get(new DocKey(src.file(), src.index()));
        Position at = doc == null ? Position.START : span != null ? doc.positionOf(fullPath, span.start()) : doc.positionOf(fullPath);
        found.add(new Finding(id, Severity.parse(info.severity()), message, src.file(), src.index(), at.line(),
                at.column(), fullPath, span, fix, market, info.references()).withSuggestion(suggestion));
    }

    List<Finding> all() {
        return new ArrayList<>(found);
    }
}
