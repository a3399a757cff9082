package io.briefcheck.engine;

import io.briefcheck.core.RuleCatalog;
import io.briefcheck.core.RuleInfo;
import io.briefcheck.load.Document;
import io.briefcheck.load.Position;
import io.briefcheck.model.Source;
import io.briefcheck.core.Finding;
import io.briefcheck.core.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.PriorityQueue;
import java.util.Set;
import org.kie.api.definition.rule.Rule;

/**
 * The DRL global {@code findings}: rules call {@code findings.report(drools.getRule(), Flag.at($fact,
 * "path", message, fix))} and this turns it into a {@link Finding} with the rule's id and severity (from its
 * metadata) and the file, line and column of the path. One per session; not shared between threads.
 * <p>
 * What it keeps is bounded by the input's documents, not by what a rule does with them: messages and
 * fixes are cut as {@link FindingText} says, and one rule lists at most {@code perRule} findings in one
 * document (the earliest in the document), then one finding that says how many more it found
 * ({@code findings.per_rule_and_document} in rules/data).
 */
public final class Findings {

    /** How many findings of one rule one document lists when the rule data does not say. */
    static final int DEFAULT_PER_RULE = 20;
    /** In the document's own file first, then in the files it names (subtitles): lines of two files do not mix. */
    private static final Comparator<Finding> BY_PLACE = Comparator.comparing(Finding::elsewhere).thenComparing(Finding::file)
            .thenComparingInt(Finding::line)
            .thenComparingInt(Finding::column)
            .thenComparingInt(f -> f.span() == null ? -1 : f.span().start())
            .thenComparing(Finding::message);

    private final RuleCatalog catalog;
    private final Map<DocKey, Document> documents;
    private final int perRule;
    private final Map<RuleInDocument, Listed> listed = new LinkedHashMap<>();

    record DocKey(String file, int index) {

        // written out, not generated: faster on first use (docs/architecture.md, "Records")
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof DocKey other && index == other.index && Objects.equals(file, other.file);
        }

        @Override
        public int hashCode() {
            return 31 * Objects.hashCode(file) + index;
        }
    }

    private record RuleInDocument(String rule, String file, int index) {

        // written out, as DocKey's
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof RuleInDocument other && index == other.index && Objects.equals(rule, other.rule)
                    && Objects.equals(file, other.file);
        }

        @Override
        public int hashCode() {
            return (31 * Objects.hashCode(rule) + Objects.hashCode(file)) * 31 + index;
        }
    }

    /** One rule's findings in one document: the earliest {@code perRule}, and what was left out. */
    private static final class Listed {
        final PriorityQueue<Finding> kept = new PriorityQueue<>(BY_PLACE.reversed());
        final Set<Finding> keptSet = new HashSet<>();
        final Set<Integer> leftOut = new HashSet<>();
        Finding firstLeftOut;
    }

    Findings(RuleCatalog catalog, Map<DocKey, Document> documents, int perRule) {
        this.catalog = catalog;
        this.documents = documents;
        this.perRule = Math.max(1, perRule);
    }

    /** Reports what a rule found; see {@link Flag} for what it carries. */
    public void report(Rule rule, Flag flag) {
        String id = String.valueOf(rule.getMetaData().get("id"));
        RuleInfo info = catalog.get(id);
        Source src = flag.fact().source();
        String fullPath = src.resolve(flag.path());
        Span span = flag.hasSpan() ? new Span(flag.start(), flag.end()) : null;
        Document.Place place = placeOf(src.file(), src.index(), fullPath, span);
        Position at = place.at();
        add(new Finding(id, info.severity(), FindingText.bounded(flag.message()), src.file(), src.index(), at.line(),
                at.column(), fullPath, span, FindingText.bounded(flag.fix()), flag.market() == null ? null : flag.market().name(),
                info.references()).withSuggestion(FindingText.suggestion(flag.suggestion())).withBox(flag.box())
                .shownAt(place.file(), at.line(), at.column()));
    }

    /** An engine/ finding about a whole document (the rules stopped, or one of them failed). */
    void reportOn(Document doc, EngineRule rule, String message, String fix) {
        RuleInfo info = catalog.get(rule.id());
        Position at = doc.positionOf("");
        add(new Finding(info.id(), info.severity(), FindingText.bounded(message), doc.file(), doc.index(), at.line(),
                at.column(), "", null, FindingText.bounded(fix), null, info.references()));
    }

    /** Where a finding about {@code path} is shown: in its document's file, or in a file the document took the value from. */
    private Document.Place placeOf(String file, int index, String path, Span span) {
        Document doc = documents.get(new DocKey(file, index));
        if (doc == null) return new Document.Place(file, Position.START);
        return doc.placeOf(path, span != null ? span.start() : -1);
    }

    /** Keeps a finding made elsewhere (an input/ problem) under the same limit. */
    void add(Finding f) {
        Listed l = listed.computeIfAbsent(new RuleInDocument(f.rule(), f.documentFile(), f.index()), k -> new Listed());
        if (l.kept.size() >= perRule && BY_PLACE.compare(f, l.kept.peek()) > 0) {
            // after every finding listed: left out at once (the usual case when a document holds thousands)
            if (l.leftOut.add(f.hashCode()) && (l.firstLeftOut == null || BY_PLACE.compare(f, l.firstLeftOut) < 0)) l.firstLeftOut = f;
            return;
        }
        // a finding's hash reads every field: once here in the usual case (nothing left out yet)
        if (!l.leftOut.isEmpty() && l.leftOut.contains(f.hashCode())) return;
        if (!l.keptSet.add(f)) return;
        l.kept.add(f);
        if (l.kept.size() <= perRule) return;
        Finding latest = l.kept.poll();
        l.keptSet.remove(latest);
        l.leftOut.add(latest.hashCode());
        if (l.firstLeftOut == null || BY_PLACE.compare(latest, l.firstLeftOut) < 0) l.firstLeftOut = latest;
    }

    /**
     * What was found, each rule's in the order they stand in the document, and for each rule that found more than
     * it lists in a document, one finding that says so.
     */
    List<Finding> all() {
        List<Finding> out = new ArrayList<>();
        for (Listed l : listed.values()) {
            l.kept.stream().sorted(BY_PLACE).forEach(out::add);
            if (l.firstLeftOut != null) out.add(leftOut(l.firstLeftOut, l.leftOut.size()));
        }
        return out;
    }

    private Finding leftOut(Finding first, int more) {
        String message = first.rule() + " found " + more + " more " + (more == 1 ? "problem" : "problems")
                + " in this document, from here on; briefcheck lists at most " + perRule
                + " findings of one rule in one document.";
        String fix = "Fix the " + first.rule() + " findings listed, then check again to see the others"
                + " (the limit is findings.per_rule_and_document in rules/data).";
        return new Finding(first.rule(), first.severity(), message, first.documentFile(), first.index(), first.line(),
                first.column(), first.path(), null, fix, first.market(), first.references())
                .shownAt(first.file(), first.line(), first.column());
    }

    static int perRule(RuleData data) {
        return data.get("findings.per_rule_and_document") instanceof Number n ? n.intValue() : DEFAULT_PER_RULE;
    }

    /** The run's documents by file and index, where findings are placed. */
    static Map<DocKey, Document> byKey(List<Document> documents) {
        Map<DocKey, Document> out = new HashMap<>();
        for (Document d : documents) out.put(new DocKey(d.file(), d.index()), d);
        return out;
    }
}
