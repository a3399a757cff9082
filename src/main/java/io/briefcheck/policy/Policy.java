package io.briefcheck.policy;

import io.briefcheck.core.RuleCatalog;
import io.briefcheck.load.Document;
import io.briefcheck.core.Finding;
import io.briefcheck.core.Severity;
import io.briefcheck.core.Suppression;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * What the team decided about findings, applied after the rules ran: per-rule levels from the config
 * (off drops a rule), inline suppression comments, waivers (until they expire) and the baseline.
 * Suppressed findings stay in the report, marked, so they are counted and listed but never fail a run.
 * <p>
 * None of it applies to a finding that says a document could not be read ({@link #readFailure}): that
 * document was never checked, so switching the finding off would let it pass unseen.
 */
public final class Policy {

    /** No config and no baseline: only the documents' own suppression comments apply. */
    public static final Policy INLINE_ONLY = new Policy(Map.of(), List.of(), Baseline.EMPTY, LocalDate.MIN, Config.NONE);

    /**
     * The result of applying the policy: findings (suppressed ones marked), notes about the run, and the
     * documents that could not be read (keys {@code file#index}).
     */
    public record Outcome(List<Finding> findings, List<String> notices, Set<String> unread) {

        /** True when no selection (--only, --disable) may leave this finding out: see {@link #readFailure}. */
        public boolean mustReport(Finding f) {
            return readFailure(f, unread);
        }
    }

    private static final String INPUT = "input/";

    private record ActiveWaiver(Waiver waiver, Set<String> rules, PathMatcher path) {
    }

    /** A rule's level from the config: empty Optional means off. */
    private final Map<String, Optional<Severity>> levels;
    private final List<ActiveWaiver> waivers;
    private final Baseline baseline;
    private final LocalDate today;
    private final Config config;

    private Policy(Map<String, Optional<Severity>> levels, List<ActiveWaiver> waivers, Baseline baseline,
                   LocalDate today, Config config) {
        this.levels = levels;
        this.waivers = waivers;
        this.baseline = baseline;
        this.today = today;
        this.config = config;
    }

    /** The policy of a config, checked against the loaded rules: a rule id nobody knows is a config error. */
    public static Policy of(Config config, RuleCatalog catalog, Baseline baseline, LocalDate today) throws ConfigException {
        Map<String, Optional<Severity>> levels = new HashMap<>();
        for (Config.RuleLevel r : config.rules()) {
            List<String> ids = known(catalog, r.selector(), config, r.line());
            for (String id : ids) levels.put(id, Optional.ofNullable(r.level()));
        }
        List<ActiveWaiver> waivers = new ArrayList<>();
        for (Waiver w : config.waivers()) {
            Set<String> ids = new HashSet<>(known(catalog, w.rule(), config, w.line()));
            PathMatcher path = w.path() == null ? null : FileSystems.getDefault().getPathMatcher("glob:" + w.path());
            waivers.add(new ActiveWaiver(w, ids, path));
        }
        return new Policy(levels, waivers, baseline, today, config);
    }

    private static List<String> known(RuleCatalog catalog, String selector, Config config, int line) throws ConfigException {
        List<String> ids = catalog.select(selector);
        if (ids.isEmpty()) {
            throw new ConfigException(config.name(), line, "no rule is called " + selector + " (see 'briefcheck rules').");
        }
        return ids;
    }

    /** The configuration's file name, as messages show it. */
    public String configName() {
        return config.name();
    }

    /** True when the config's ignore globs leave out this file (as displayed). */
    public boolean ignores(String file) {
        String relative = relative(file);
        for (String glob : config.ignore()) {
            if (FileSystems.getDefault().getPathMatcher("glob:" + glob).matches(Path.of(relative))) return true;
        }
        return false;
    }

    /**
     * True when the finding says its document could not be read: an {@code input/} finding on a document
     * briefcheck has no fact for (not YAML, not UTF-8 text, over a limit, not a regular file, no known
     * kind). Nothing switches such a finding off: not a level, a comment, a waiver, the baseline, --only
     * or --disable. {@code unread} holds the {@link #key keys} of the documents that could not be read.
     */
    public static boolean readFailure(Finding f, Set<String> unread) {
        return f.rule().startsWith(INPUT) && unread.contains(key(f.documentFile(), f.index()));
    }

    /** The key of one document among the findings: its file and its index in the file. */
    public static String key(String file, int index) {
        return file + "#" + index;
    }

    /**
     * Applies the policy to the run's findings. The documents' suppression comments may be faulty by the thousand:
     * their {@code input/bad-suppression} findings pass through {@code perRuleLimit} (the engine's limit of findings
     * per rule and document, {@code Engine::bounded}) before anything else is done with them.
     */
    public Outcome apply(List<Document> documents, List<Finding> findings, RuleCatalog catalog,
                         UnaryOperator<List<Finding>> perRuleLimit) {
        return apply(documents, findings, catalog, perRuleLimit, baseline.matcher());
    }

    /** The baseline's matcher for a run checked in parts: each entry accepts one finding of the whole run. */
    public Baseline.Matcher baselineMatcher() {
        return baseline.matcher();
    }

    /** The policy applied to one part of a run, with the baseline entries the earlier parts left ({@code accepted}). */
    public Outcome apply(List<Document> documents, List<Finding> findings, RuleCatalog catalog,
                         UnaryOperator<List<Finding>> perRuleLimit, Baseline.Matcher accepted) {
        Map<String, Document> byKey = new HashMap<>();
        Map<String, InlineSuppressions> inline = new HashMap<>();
        Set<String> unread = new HashSet<>();
        List<Finding> all = new ArrayList<>(findings);
        for (Document d : documents) {
            String key = key(d.file(), d.index());
            byKey.put(key, d);
            if (d.fact() == null) unread.add(key);
            InlineSuppressions s = new InlineSuppressions(d, catalog);
            inline.put(key, s);
            all.addAll(perRuleLimit.apply(s.problems()));
        }
        List<Finding> out = new ArrayList<>(all.size());
        for (Finding f : all) {
            String key = key(f.documentFile(), f.index());
            Document d = byKey.get(key);
            if (d != null && f.lineText() == null) f = f.withText(d.lineText(f.file(), f.line()), d.valueAt(f.path()));
            if (readFailure(f, unread)) {
                out.add(f);
                continue;
            }
            Optional<Severity> level = levels.get(f.rule());
            if (level != null && level.isEmpty()) continue;
            if (level != null) f = f.withSeverity(level.get());
            Suppression s = inline.containsKey(key) ? inline.get(key).covering(f) : null;
            if (s == null) s = waiverFor(f);
            if (s == null && accepted.take(f)) s = new Suppression(Suppression.Kind.BASELINE, Baseline.IN_BASELINE);
            out.add(s == null ? f : f.withSuppression(s));
        }
        return new Outcome(out, notices(), unread);
    }

    private Suppression waiverFor(Finding f) {
        for (ActiveWaiver w : waivers) {
            if (w.waiver().expiredOn(today) || !w.rules().contains(f.rule())) continue;
            // a waiver's path names the document, or the file the finding points into (its subtitles)
            if (w.path() != null && !w.path().matches(Path.of(relative(f.documentFile())))
                    && !w.path().matches(Path.of(relative(f.file())))) continue;
            return new Suppression(Suppression.Kind.WAIVER, w.waiver().reason()
                    + (w.waiver().expires() != null ? " (until " + w.waiver().expires() + ")" : ""));
        }
        return null;
    }

    private List<String> notices() {
        List<String> out = new ArrayList<>();
        for (ActiveWaiver w : waivers) {
            Waiver v = w.waiver();
            if (v.expiredOn(today)) {
                out.add("The waiver for " + v.rule() + (v.path() != null ? " on " + v.path() : "") + " ("
                        + config.name() + ":" + v.line() + ") expired on " + v.expires()
                        + "; its findings count again. Fix them, or renew the waiver with a new date.");
            }
        }
        return out;
    }

    /** A reported file name relative to the config's folder, which is what its globs are written against. */
    private String relative(String file) {
        if (file.startsWith("<")) return file;
        try {
            Path abs = Path.of(file).toAbsolutePath().normalize();
            Path folder = config.folder();
            if (abs.startsWith(folder)) return folder.relativize(abs).toString().replace('\\', '/');
        } catch (RuntimeException e) {
            // a name that is no path (it came from a stream): match it as written
        }
        return file;
    }
}
