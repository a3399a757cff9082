package io.briefcheck.engine;

import io.briefcheck.core.RuleCatalog;
import io.briefcheck.core.RuleInfo;
import io.briefcheck.load.Document;
import io.briefcheck.load.Position;
import io.briefcheck.model.Located;
import io.briefcheck.model.Source;
import io.briefcheck.core.Finding;
import io.briefcheck.core.Severity;
import io.briefcheck.core.Span;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kie.api.definition.rule.Rule;

/**
 * The DRL global {@code findings}: rules call {@code findings.report(drools.getRule(), Flag.at($fact,
 * "path", message, fix))} and this turns it into a {@link Finding} with the rule's id and severity (from its
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

    /** Reports what a rule found; see {@link Flag} for what it carries. */
    public void report(Rule rule, Flag flag) {
        String id = String.valueOf(rule.getMetaData().get("id"));
        RuleInfo info = catalog.get(id);
        Source src = flag.fact().source();
        String fullPath = src.resolve(flag.path());
        Span span = flag.hasSpan() ? new Span(flag.start(), flag.end()) : null;
        Document doc = documents.get(new DocKey(src.file(), src.index()));
        Position at = doc == null ? Position.START : span != null ? doc.positionOf(fullPath, span.start()) : doc.positionOf(fullPath);
        found.add(new Finding(id, info.severity(), flag.message(), src.file(), src.index(), at.line(),
                at.column(), fullPath, span, flag.fix(), flag.market() == null ? null : flag.market().name(),
                info.references()).withSuggestion(flag.suggestion()));
    }

    List<Finding> all() {
        return new ArrayList<>(found);
    }
}
