package io.briefcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefcheck.core.Finding;
import io.briefcheck.core.Severity;
import io.briefcheck.core.Span;
import io.briefcheck.core.Suppression;
import java.util.List;
import org.junit.jupiter.api.Test;

class SameCauseMergerTest {

    private static Finding at(String rule, Severity severity, Span span, String market, String fix, String suggestion) {
        return new Finding(rule, severity, rule + " says why", "p.yaml", 0, 3, 5, "caption", span, fix, market, List.of())
                .withSuggestion(suggestion);
    }

    private static List<String> shape(List<Finding> findings) {
        return findings.stream().map(f -> f.severity().code() + " " + f.rule()
                + f.related().stream().map(r -> " +" + r.severity().code() + " " + r.rule() + ": " + r.message()).reduce("", String::concat))
                .toList();
    }

    @Test
    void theSameSuggestionAtTheSameSpanIsOneFindingWithTheMostSevereRuleFirst() {
        Span span = new Span(40, 43);
        List<Finding> merged = SameCauseMerger.merge(List.of(
                at("ftc/a", Severity.WARNING, span, "US", "Move it: \"#ad x\"", "#ad x"),
                at("ftc/c", Severity.ERROR, span, "US", "Take it out: \"#ad x\"", "#ad x"),
                at("ftc/b", Severity.ERROR, span, "US", "Put it first: \"#ad x\"", "#ad x")));
        assertEquals(List.of("error ftc/b +error ftc/c: ftc/c says why +warning ftc/a: ftc/a says why"), shape(merged));
        assertEquals("Put it first: \"#ad x\"", merged.get(0).fix(), "the primary's own fix");
    }

    @Test
    void anotherSpanMarketRemedyOrSuppressionIsAnotherCause() {
        Span span = new Span(40, 43);
        Finding base = at("ftc/a", Severity.ERROR, span, "US", "Fix it", "#ad x");
        List<Finding> findings = List.of(base,
                at("ftc/b", Severity.ERROR, new Span(50, 53), "US", "Fix it", "#ad x"),
                at("asa/c", Severity.ERROR, span, "UK", "Fix it", "#ad x"),
                at("ftc/d", Severity.ERROR, span, "US", "Fix it", "#ad y"),
                at("ftc/e", Severity.ERROR, span, "US", "Fix it", "#ad x").withSuppression(new Suppression(Suppression.Kind.INLINE, "ok")));
        assertEquals(5, SameCauseMerger.merge(findings).size());
    }

    @Test
    void withoutASuggestionTheFixMustMatchAndWithoutEitherNothingMerges() {
        List<Finding> sameFix = List.of(at("brief/a", Severity.WARNING, null, null, "Add a section.", null),
                at("brief/b", Severity.WARNING, null, null, "Add a section.", null),
                at("brief/c", Severity.WARNING, null, null, "Add another section.", null));
        assertEquals(List.of("warning brief/a +warning brief/b: brief/b says why", "warning brief/c"), shape(SameCauseMerger.merge(sameFix)));

        List<Finding> noFix = List.of(at("brief/a", Severity.INFO, null, null, null, null), at("brief/b", Severity.INFO, null, null, null, null));
        assertEquals(2, SameCauseMerger.merge(noFix).size());
    }

    @Test
    void unmergedGivesEachRuleBackAtTheSamePlace() {
        Span span = new Span(40, 43);
        Finding merged = SameCauseMerger.merge(List.of(at("ftc/a", Severity.ERROR, span, "US", "Fix it", "#ad x"),
                at("ftc/b", Severity.WARNING, span, "US", "Fix it too", "#ad x"))).get(0);
        List<Finding> back = merged.unmerged();
        assertEquals(List.of("ftc/a", "ftc/b"), back.stream().map(Finding::rule).toList());
        assertEquals(Severity.WARNING, back.get(1).severity());
        assertEquals("ftc/b says why", back.get(1).message());
        assertEquals(span, back.get(1).span());
        assertEquals(List.of(), back.get(0).related());
    }
}
