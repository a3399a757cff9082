package io.briefcheck.check;

import io.briefcheck.engine.Deadline;
import io.briefcheck.engine.Engine;
import io.briefcheck.engine.EngineRule;
import io.briefcheck.engine.FindingText;
import io.briefcheck.analysis.campaign.MetricsRows;
import io.briefcheck.analysis.campaign.PostMetrics;
import io.briefcheck.analysis.disclosure.SeenMedia;
import io.briefcheck.load.CrossReferences;
import io.briefcheck.load.Document;
import io.briefcheck.load.Problem;
import io.briefcheck.model.Post;
import io.briefcheck.model.RunSettings;
import io.briefcheck.policy.Baseline;
import io.briefcheck.policy.Policy;
import io.briefcheck.core.MetricsRow;
import io.briefcheck.report.DocumentResult;
import io.briefcheck.core.Finding;
import io.briefcheck.core.RuleInfo;
import io.briefcheck.report.Report;
import io.briefcheck.report.SameCauseMerger;
import io.briefcheck.core.Severity;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One check run: loaded documents in, a {@link Report} out. Adds the cross-document input checks,
 * turns loader problems into findings, runs the rules, applies the policy (config levels,
 * suppressions, baseline) and {@code --only}/{@code --disable}, says each cause once (see
 * {@link SameCauseMerger}) and decides each document's status.
 */
public final class Checker {

    /**
     * What the user asked for: selections are rule ids or namespaces ("brief"); {@code policy} holds
     * the config's levels, waivers and the baseline (inline suppression comments apply always).
     * {@code timeLimit} is how long the rules may take over one document (with the documents checked
     * together with it); null means no limit.
     */
    public record Options(Severity failOn, List<String> only, List<String> disable, RunSettings settings, Policy policy,
                          Duration timeLimit) {
        /** The time limit of a check when none is given: a normal document takes milliseconds. */
        public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);
        public static final Options DEFAULT = new Options(Severity.ERROR, List.of(), List.of(), RunSettings.DEFAULT);

        public Options(Severity failOn, List<String> only, List<String> disable, RunSettings settings, Policy policy) {
            this(failOn, only, disable, settings, policy, DEFAULT_TIME_LIMIT);
        }

        public Options(Severity failOn, List<String> only, List<String> disable, RunSettings settings) {
            this(failOn, only, disable, settings, Policy.INLINE_ONLY);
        }

        public Options withTimeLimit(Duration limit) {
            return new Options(failOn, only, disable, settings, policy, limit);
        }
    }

    private final Engine engine;
    private final String version;

    public Checker(Engine engine, String version) {
        this.engine = engine;
        this.version = version;
    }

    Engine engine() {
        return engine;
    }

    String version() {
        return version;
    }

    /** Rule ids a selection names that match no rule (a typo in --only or --disable). */
    public List<String> unknownSelectors(List<String> selectors) {
        return selectors.stream().filter(s -> engine.catalog().select(s).isEmpty()).toList();
    }

    public Report check(List<Document> documents, Options options) {
        return check(documents, options, Deadline.NONE);
    }

    /** The same, with all the rules' work stopped at {@code deadline} too (a web request's). */
    public Report check(List<Document> documents, Options options, Deadline deadline) {
        List<Finding> crossReferences = new ArrayList<>();
        for (CrossReferences.Found f : CrossReferences.check(documents)) crossReferences.add(toFinding(f.document(), f.problem()));
        Map<String, Integer> fileOrder = new HashMap<>();
        for (Document d : documents) fileOrder.putIfAbsent(d.file(), fileOrder.size());
        Checked checked = checkTogether(documents, crossReferences, fileOrder, options, options.policy().baselineMatcher(),
                deadline);
        Report report = Report.of(version, checked.results(), checked.findings(), options.failOn(), checked.notices());
        return wantsMetrics(options) ? report.withMetrics(checked.metrics()) : report;
    }

    /**
     * What checking some documents together gave: the findings in report order, each document's result
     * (in the documents' order), the metrics rows and the policy's notes.
     */
    record Checked(List<Finding> findings, List<DocumentResult> results, List<MetricsRow> metrics, List<String> notices) {
    }

    /**
     * Checks documents together, which is all of a run or a part of one that holds whole groups (see
     * {@link StreamingCheck}): loader problems and the run's {@code crossReferences} findings of these
     * documents, then the rules, the policy (with the baseline entries left, {@code accepted}), the
     * selection and the merge; findings sorted by {@code fileOrder} (the run's), document, line, column,
     * rule and message.
     */
    Checked checkTogether(List<Document> documents, List<Finding> crossReferences, Map<String, Integer> fileOrder,
                          Options options, Baseline.Matcher accepted, Deadline deadline) {
        List<Finding> input = new ArrayList<>();
        for (Document d : documents) {
            for (Problem p : d.problems()) input.add(toFinding(d, p));
        }
        input.addAll(crossReferences);
        // a file of 49,000 bad values is 21 findings per rule and document, as the rules' own are
        List<Finding> findings = new ArrayList<>(engine.bounded(input));
        List<PostMetrics> metrics = new ArrayList<>();
        List<Post> withMedia = new ArrayList<>();
        for (Document d : documents) if (d.fact() instanceof Post p && p.namesMedia()) withMedia.add(p);
        if (!withMedia.isEmpty()) SeenMedia.readAhead(withMedia, engine.data()); // outside the rules' time limit
        findings.addAll(engine.run(documents, options.settings(), fact -> {
            if (fact instanceof PostMetrics m) metrics.add(m);
        }, options.timeLimit(), deadline));
        Set<String> stopped = new HashSet<>();
        for (Finding f : findings) {
            if (f.rule().equals(EngineRule.TIMEOUT.id())) stopped.add(f.documentFile() + "#" + f.index());
        }
        Policy.Outcome policy = options.policy().apply(documents, findings, engine.catalog(), engine::bounded, accepted);
        // report shaping, after the policy: suppression and --only/--disable are decided rule by rule
        findings = new ArrayList<>(SameCauseMerger.merge(select(policy, options)));

        findings.sort(Comparator.<Finding>comparingInt(f -> fileOrder.getOrDefault(f.documentFile(), Integer.MAX_VALUE))
                .thenComparingInt(Finding::index).thenComparingInt(Finding::line).thenComparingInt(Finding::column)
                .thenComparing(Finding::rule).thenComparing(Finding::message));

        Severity threshold = options.failOn() == Severity.NEVER ? Severity.ERROR : options.failOn();
        Set<String> failing = new HashSet<>();
        for (Finding f : findings) {
            if (f.active() && f.severity().atLeast(threshold)) failing.add(f.documentFile() + "#" + f.index());
        }
        List<DocumentResult> results = new ArrayList<>();
        for (Document d : documents) {
            DocumentResult.Status status = d.fact() == null || stopped.contains(d.file() + "#" + d.index())
                    ? DocumentResult.Status.ERROR
                    : failing.contains(d.file() + "#" + d.index()) ? DocumentResult.Status.FAIL
                    : DocumentResult.Status.PASS;
            results.add(new DocumentResult(d.file(), d.index(), d.kind() == null ? null : d.kind().code(), d.id(), status));
        }
        return new Checked(findings, results, MetricsRows.of(metrics, fileOrder, engine.data()), policy.notices());
    }

    /** A finding of the run's input checks (the loader's, the cross-references') on document {@code d}. */
    Finding toFinding(Document d, Problem p) {
        return toFinding(d.file(), d.index(), p);
    }

    /** {@code file} is the document's; a problem in a file the document names (its subtitles) is shown there. */
    Finding toFinding(String file, int index, Problem p) {
        RuleInfo info = engine.catalog().get(p.rule().id());
        return new Finding(info.id(), info.severity(), FindingText.bounded(p.message()), file, index,
                p.at().line(), p.at().column(), p.path(), null, FindingText.bounded(p.fix()), null, info.references())
                .shownAt(p.file() != null ? p.file() : file, p.at().line(), p.at().column());
    }

    /** --only and --disable; a document that could not be read is reported whatever they say. */
    private List<Finding> select(Policy.Outcome policy, Options options) {
        Set<String> only = ids(options.only());
        Set<String> disabled = ids(options.disable());
        List<Finding> out = new ArrayList<>();
        for (Finding f : policy.findings()) {
            // a document that could not be read, or the engine's own findings (a document not fully
            // checked): no selection hides them
            if (policy.mustReport(f) || EngineRule.isEngineRule(f.rule())) {
                out.add(f);
                continue;
            }
            if (!only.isEmpty() && !only.contains(f.rule())) continue;
            if (disabled.contains(f.rule())) continue;
            out.add(f);
        }
        return out;
    }

    /** The metrics table belongs to the metrics/ rules: shown unless the selection leaves them all out. */
    boolean wantsMetrics(Options options) {
        Set<String> only = ids(options.only());
        Set<String> disabled = ids(options.disable());
        return engine.catalog().select("metrics").stream()
                .anyMatch(id -> (only.isEmpty() || only.contains(id)) && !disabled.contains(id));
    }

    private Set<String> ids(List<String> selectors) {
        Set<String> out = new HashSet<>();
        for (String s : selectors) out.addAll(engine.catalog().select(s));
        return out;
    }
}
