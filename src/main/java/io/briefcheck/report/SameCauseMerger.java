package io.briefcheck.report;

import io.briefcheck.core.Finding;
import io.briefcheck.core.Span;
import io.briefcheck.core.Suppression;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Says one cause once. Findings are one cause when they agree on file, document, field path, span and
 * market, ask for the same remedy (the same suggestion when they carry one, else the same fix text) and
 * count alike (all active, or all suppressed the same way). A group becomes its most severe finding
 * (ties: the first rule id) with the others as {@link Finding.Related} reasons, so a misplaced "#ad"
 * is one error that gives its reasons, not two errors that repeat the caption. Findings without a fix
 * or suggestion are never merged. Suppression is decided per rule before this runs, so suppressing one
 * rule of a group leaves the others as a finding of their own.
 */
public final class SameCauseMerger {

    private static final Comparator<Finding> PRIMARY_FIRST = Comparator.comparing(Finding::severity).reversed()
            .thenComparing(Finding::rule).thenComparing(Finding::message);

    /** Where, in which market, and the remedy: the rewritten text a rule suggests ({@code suggested}), else its fix. */
    private record Cause(String file, int index, String path, Span span, String market, boolean suggested, String remedy,
                         Suppression suppression) {

        // written out, not generated: faster on first use (docs/architecture.md, "Records")
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Cause other && index == other.index && suggested == other.suggested
                    && Objects.equals(file, other.file) && Objects.equals(path, other.path)
                    && Objects.equals(span, other.span) && Objects.equals(market, other.market)
                    && Objects.equals(remedy, other.remedy) && Objects.equals(suppression, other.suppression);
        }

        @Override
        public int hashCode() {
            return Objects.hash(file, index, path, remedy);
        }
    }

    private SameCauseMerger() {
    }

    /** The findings with each cause said once, in the order each cause first appears. */
    public static List<Finding> merge(List<Finding> findings) {
        Map<Object, List<Finding>> groups = new LinkedHashMap<>();
        for (Finding f : findings) groups.computeIfAbsent(cause(f), k -> new ArrayList<>()).add(f);
        List<Finding> out = new ArrayList<>(groups.size());
        for (List<Finding> group : groups.values()) {
            if (group.size() == 1) {
                out.add(group.get(0));
                continue;
            }
            List<Finding> sorted = group.stream().sorted(PRIMARY_FIRST).toList();
            List<Finding.Related> reasons = new ArrayList<>();
            for (Finding f : sorted.subList(1, sorted.size())) reasons.add(new Finding.Related(f.rule(), f.severity(), f.message()));
            out.add(sorted.get(0).withRelated(reasons));
        }
        return out;
    }

    /** The key of the finding's cause, or the finding itself when it can be merged with none. */
    private static Object cause(Finding f) {
        // the texts themselves, not copies with a prefix: a report of 10,000 documents has some 80,000 findings
        boolean suggested = f.suggestion() != null;
        String remedy = suggested ? f.suggestion() : f.fix();
        if (remedy == null) return new Object();
        return new Cause(f.file(), f.index(), Objects.requireNonNullElse(f.path(), ""), f.span(), f.market(), suggested,
                remedy, f.suppression());
    }
}
