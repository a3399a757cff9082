package io.briefcheck.engine;

import io.briefcheck.core.RuleLoadException;
import io.briefcheck.core.RuleCatalog;
import io.briefcheck.load.Document;
import io.briefcheck.model.Located;
import io.briefcheck.model.RunSettings;
import io.briefcheck.core.Finding;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;
import org.kie.api.runtime.rule.ConsequenceException;
import org.kie.api.runtime.rule.Match;

/**
 * The compiled rules, shared read-only: the bundled rules' KieBases are built as runs need them (a run of
 * a few documents builds only the rule packages that can fire on them, {@link RuleBases}); rule folders
 * of one's own are compiled into one KieBase once per process.
 * Each call to {@link #run} takes one session per group of related documents from the engine's pool, so
 * it is safe to call from several threads at once. A session goes back to the pool when its group is
 * done and Drools resets it there (no facts, globals, listeners or agenda left), keeping only the rule
 * network's memories, whose set-up is most of the cost of a new session: a check of one draft spends
 * about a third of its time creating them.
 * <p>
 * A group's work stops when its time is up: the derivers are checked between them (and may check
 * {@link Deadline#check()} inside), and a watchdog halts the session's rules, so a document built to be
 * slow or a custom rule that loops frees the CPU at the deadline; the group's documents then get an
 * {@code engine/timeout} finding instead of what the rules found. A rule whose action throws becomes an
 * {@code engine/rule-failed} finding naming its DRL file and line, and the other rules go on.
 */
public final class Engine {

    /** How often the watchdog repeats the halt once the time is up (a halt before the rules start is lost). */
    private static final long HALT_REPEAT_MS = 20;
    /** After this many failed rule actions in one group, the group's rules are not fired again. */
    private static final int MAX_FAILURES = 100;
    private static final ScheduledThreadPoolExecutor WATCHDOG = watchdog();

    /** A run of at most this many documents builds only the rule packages that can fire on them; a larger one builds all. */
    public static final int SELECT_UP_TO = 16;

    /** The KieBases, each with its reused sessions: as many are created as groups run at once, then each is reset and reused. */
    private final RuleBases bases;
    private final RuleCatalog catalog;
    private final RuleData data;
    private final List<Deriver> derivers;
    private final AgendaEventListener listener;
    private final RuleLocations locations;
    private final int perRule;

    private Engine(RuleBases bases, RuleCatalog catalog, RuleData data, List<Deriver> derivers, AgendaEventListener listener,
                   RuleLocations locations) {
        this.bases = bases;
        this.catalog = catalog;
        this.data = data;
        this.derivers = List.copyOf(derivers);
        this.listener = listener;
        this.locations = locations;
        this.perRule = Findings.perRule(data);
    }

    /**
     * Builds the engine from the bundled rules (unless left out) and the given extra folders; the
     * {@code derivers} compute the facts the rules read beside the input (the analysis package lists them in Derivers.ALL).
     */
    public static Engine build(boolean bundled, List<RuleFolder> extra, List<Deriver> derivers) throws RuleLoadException {
        return build(bundled, extra, derivers, true);
    }

    /**
     * As {@link #build(boolean, List, List)}; {@code useCache} false compiles other rule folders afresh
     * instead of reading them from the compiled-rules cache or writing them to it ({@code --no-cache}).
     */
    public static Engine build(boolean bundled, List<RuleFolder> extra, List<Deriver> derivers, boolean useCache)
            throws RuleLoadException {
        if (bundled && extra.isEmpty()) {
            // the bundled rules alone run from their executable model, made by the build. In a jar the build's data
            // snapshot serves too, and the rule files are read only if a rule fails (for its file and line); elsewhere
            // (tests, an IDE) the files are read, the model is used only if it was made from them, and so is the data
            RuleData data = RuleData.bundledSnapshot();
            RuleFolder read = data == null ? RuleFolder.bundled() : null;
            Supplier<RuleFolder> files = read != null ? () -> read : RuleFolder::bundled;
            RuleBases model = BundledModel.load(files);
            if (model != null) {
                if (data == null) data = RuleData.load(List.of(read), DataSchema.NONE);
                return new Engine(model, model.catalog().with(EngineRule.infos()), data, derivers, null,
                        RuleLocations.of(() -> List.of(files.get())));
            }
        }
        List<RuleFolder> folders = new ArrayList<>();
        if (bundled) folders.add(RuleFolder.bundled());
        folders.addAll(extra);
        // the analysis reads the bundled data (word lists, limits) even when only other rules run
        List<RuleFolder> dataFolders = new ArrayList<>(folders);
        if (!bundled) dataFolders.add(0, RuleFolder.bundled());
        // the bundled data alone was read and checked against the schema by the build (RuleData.writeSnapshot)
        RuleData data = extra.isEmpty() ? RuleData.bundledSnapshot() : null;
        if (data == null) data = RuleData.load(dataFolders, extra.isEmpty() ? DataSchema.NONE : DataSchema.bundled());
        CompiledRulesCache cache = useCache ? CompiledRulesCache.forThisProcess() : null;
        KieBase base = cache == null ? RuleCompiler.compile(folders) : cache.compile(folders);
        RuleBases bases = RuleBases.of(base);
        return new Engine(bases, bases.catalog().with(EngineRule.infos()), data, derivers, null,
                RuleLocations.of(() -> folders));
    }

    /**
     * The same rules, with {@code listener} attached to every session this engine opens (rule
     * coverage in the tests). Sessions run in parallel, so the listener must be thread-safe.
     */
    public Engine observedBy(AgendaEventListener listener) {
        return new Engine(bases, catalog, data, derivers, listener, locations);
    }

    /** Every compiled rule, with or without an {@code @id}; its metadata is read with {@link RuleCatalog#metadata}. */
    public List<Rule> rules() {
        return bases.packages().stream().flatMap(p -> p.getRules().stream()).toList();
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    public RuleData data() {
        return data;
    }

    /** Runs the rules over the readable documents without a time limit and returns what they found, in no set order. */
    public List<Finding> run(List<Document> documents, RunSettings settings) {
        return run(documents, settings, derived -> { }, null, Deadline.NONE);
    }

    /**
     * The same, also handing every derived fact (computed figures) to {@code derivedFacts}. Groups are
     * independent sessions, so they run in parallel; results are handed over in group order. Each group
     * stops at {@code perGroup} after it starts (null: no limit) or at {@code overall}, whichever is first.
     * A run of at most {@value #SELECT_UP_TO} documents builds only the rule packages its groups can fire.
     */
    public List<Finding> run(List<Document> documents, RunSettings settings, Consumer<Object> derivedFacts,
                             Duration perGroup, Deadline overall) {
        return run(documents, settings, derivedFacts, perGroup, overall, documents.size() <= SELECT_UP_TO);
    }

    /** The same; {@code select} false runs every rule package, whatever the documents (tests compare the two). */
    List<Finding> run(List<Document> documents, RunSettings settings, Consumer<Object> derivedFacts,
                      Duration perGroup, Deadline overall, boolean select) {
        Map<Findings.DocKey, Document> byKey = Findings.byKey(documents);
        List<GroupResult> results = Groups.of(documents).parallelStream()
                .map(group -> runGroup(group, settings, byKey, overall.earlier(Deadline.in(perGroup)), perGroup, select))
                .toList();
        List<Finding> out = new ArrayList<>();
        for (GroupResult r : results) {
            out.addAll(r.findings());
            r.derived().forEach(derivedFacts);
        }
        return out;
    }

    private record GroupResult(List<Finding> findings, List<Object> derived) {
    }

    private GroupResult runGroup(List<Document> group, RunSettings settings, Map<Findings.DocKey, Document> byKey,
                                 Deadline deadline, Duration perGroup, boolean select) {
        if (deadline.passed()) return timedOut(group, byKey, perGroup);
        Findings findings = new Findings(catalog, byKey, perRule);
        List<Object> derivedFacts = new ArrayList<>();
        KieSession session = null;
        AtomicBoolean halted = new AtomicBoolean();
        // set (under its own lock) before the session goes back to the pool: a late watchdog must not halt its next group
        AtomicBoolean over = new AtomicBoolean();
        ScheduledFuture<?> watchdog = null;
        Deadline previous = deadline.enter();
        try {
            List<Located> facts = new ArrayList<>(group.size());
            for (Document d : group) facts.add(d.fact());
            // the derivers first: which rules can fire depends on their facts too (RuleBases)
            for (Deriver deriver : derivers) {
                Deadline.check();
                try {
                    derivedFacts.addAll(deriver.derive(facts, settings, data));
                } catch (Deadline.TimeUp e) {
                    throw e;
                } catch (RuntimeException | StackOverflowError e) {
                    return deriverFailed(deriver, e, group, byKey);
                }
            }
            Deadline.check();
            RuleBases.Base base = bases.forFacts(select ? factsOf(settings, facts, derivedFacts) : null);
            KieSession running = base.sessions().newKieSession();
            session = running;
            if (listener != null) running.addEventListener(listener);
            watchdog = deadline.limited() ? WATCHDOG.scheduleAtFixedRate(() -> {
                synchronized (over) {
                    if (over.get()) return;
                    halted.set(true);
                    running.halt();
                }
            }, deadline.nanosLeft(), TimeUnit.MILLISECONDS.toNanos(HALT_REPEAT_MS), TimeUnit.NANOSECONDS) : null;
            if (base.globals().contains("findings")) running.setGlobal("findings", findings);
            if (base.globals().contains("data")) running.setGlobal("data", data);
            running.insert(settings);
            for (Located f : facts) running.insert(f);
            for (Object d : derivedFacts) running.insert(d);
            Deadline.check();
            fire(running, group, byKey, findings, halted);
            if (halted.get()) return timedOut(group, byKey, perGroup);
        } catch (Deadline.TimeUp e) {
            return timedOut(group, byKey, perGroup);
        } finally {
            if (watchdog != null) watchdog.cancel(false);
            synchronized (over) {
                over.set(true);
            }
            Deadline.restore(previous);
            if (session != null) {
                if (listener != null) session.removeEventListener(listener); // the pool's reset keeps listeners
                session.dispose(); // back to the pool, which resets it
            }
        }
        return new GroupResult(findings.all(), derivedFacts);
    }

    /**
     * For a run of more than {@value #SELECT_UP_TO} documents, which builds every rule package: starts that
     * build on a thread of its own now, while the documents are read, rather than when the first group is
     * checked (the other groups would wait for it then).
     */
    public void buildEveryPackageAhead() {
        Thread t = new Thread(() -> bases.forFacts(null), "briefcheck-rules-ahead");
        t.setDaemon(true);
        t.start();
    }

    /**
     * For a run of a few documents of these classes (a brief, a profile...), known before they are read: the work of
     * building the rule packages such documents need whatever they hold (RuleBases), for the caller to run on its
     * thread while the documents are read and their facts derived, or null when there is nothing to build ahead (a
     * draft's packages depend on what its caption says). A group whose packages are all among them uses them;
     * any other builds its own as before, so a wrong guess costs time, never a finding.
     */
    public Runnable buildAheadFor(Set<Class<? extends Located>> documentTypes) {
        return bases.aheadFor(Set.copyOf(documentTypes));
    }

    /** The same rules with only these packages built, whatever the documents (tests); null when the rules are not the bundled model. */
    Engine restrictedTo(Set<String> packages) {
        RuleBases restricted = bases.restrictedTo(packages);
        return restricted == null ? null : new Engine(restricted, catalog, data, derivers, listener, locations);
    }

    /**
     * The names of the rule packages a run of this group builds: those that can fire on its facts, its
     * derived facts and {@code settings} ({@link RuleBases}); null when every package is built.
     */
    Set<String> packagesFor(List<Document> group, RunSettings settings) {
        return bases.neededFor(present(group, settings));
    }

    /** The names of the rule packages in the base a run of this group uses (tests): those chosen for it, or more. */
    Set<String> packagesBuiltFor(List<Document> group, RunSettings settings) {
        Set<String> names = new java.util.TreeSet<>();
        for (var p : bases.forFacts(present(group, settings)).kieBase().getKiePackages()) {
            if (!p.getRules().isEmpty()) names.add(p.getName());
        }
        return names;
    }

    /** The packages {@link #buildAheadFor} builds for documents of these classes (tests); null when it builds none. */
    Set<String> packagesAheadFor(Set<Class<?>> documentTypes) {
        return bases.guessFor(documentTypes);
    }

    private List<Object> present(List<Document> group, RunSettings settings) {
        List<Located> facts = group.stream().map(Document::fact).toList();
        List<Object> derived = new ArrayList<>();
        for (Deriver deriver : derivers) derived.addAll(deriver.derive(facts, settings, data));
        return factsOf(settings, facts, derived);
    }

    private static List<Object> factsOf(RunSettings settings, List<Located> facts, List<Object> derived) {
        List<Object> all = new ArrayList<>(facts.size() + derived.size() + 1);
        all.add(settings);
        all.addAll(facts);
        all.addAll(derived);
        return all;
    }

    /** Fires the rules; a rule whose action throws is reported and the others go on. */
    private void fire(KieSession session, List<Document> group, Map<Findings.DocKey, Document> byKey, Findings findings,
                      AtomicBoolean halted) {
        for (int failures = 0; failures < MAX_FAILURES && !halted.get(); failures++) {
            try {
                session.fireAllRules();
                return;
            } catch (ConsequenceException e) {
                ruleFailed(e.getMatch(), e.getCause() != null ? e.getCause() : e, group, byKey, findings);
            }
        }
    }

    private void ruleFailed(Match match, Throwable error, List<Document> group, Map<Findings.DocKey, Document> byKey,
                            Findings findings) {
        Rule rule = match.getRule();
        Document doc = null;
        for (Object o : match.getObjects()) {
            if (o instanceof Located l && l.source() != null) {
                doc = byKey.get(new Findings.DocKey(l.source().file(), l.source().index()));
                if (doc != null) break;
            }
        }
        String what = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        String message = "The rule \"" + rule.getName() + "\" (" + locations.of(rule) + ") failed on this document with "
                + what + "; it found nothing here, the other rules went on.";
        String fix = "Fix the rule at " + locations.of(rule) + ", or check without its folder (--rules, extra_rules).";
        for (Document d : doc != null ? List.of(doc) : group) findings.reportOn(d, EngineRule.RULE_FAILED, message, fix);
    }

    /**
     * A deriver (briefcheck's own Java analysis) threw on these documents: the rules need its facts, so
     * none is run on them, each gets an engine/rule-failed finding saying so, and the other groups go on.
     */
    private GroupResult deriverFailed(Deriver deriver, Throwable error, List<Document> group, Map<Findings.DocKey, Document> byKey) {
        Findings findings = new Findings(catalog, byKey, perRule);
        String what = error.getClass().getSimpleName() + (error.getMessage() == null ? "" : ": " + error.getMessage());
        String with = group.size() > 1 ? " (and the " + (group.size() - 1) + " documents checked together with it)" : "";
        for (Document d : group) {
            findings.reportOn(d, EngineRule.RULE_FAILED, "briefcheck's analysis " + deriver.getClass().getSimpleName()
                    + " failed on this document" + with + " with " + what + ", so no rule was run on it; the other documents went on.",
                    "Please report this to briefcheck's maintainers with the document; meanwhile look for a text in it that is "
                            + "unusually long or odd, and shorten it.");
        }
        return new GroupResult(findings.all(), List.of());
    }

    /**
     * Findings made outside the rules (the loader's input/ problems), held to the same limit as the
     * rules' own: at most {@code findings.per_rule_and_document} of one rule in one document, then one
     * that says how many more there were.
     */
    public List<Finding> bounded(List<Finding> found) {
        Findings findings = new Findings(catalog, Map.of(), perRule);
        found.forEach(findings::add);
        return findings.all();
    }

    private GroupResult timedOut(List<Document> group, Map<Findings.DocKey, Document> byKey, Duration perGroup) {
        Findings findings = new Findings(catalog, byKey, perRule);
        String limit = perGroup == null ? "the time limit" : "the time limit of " + seconds(perGroup);
        for (Document d : group) {
            String with = group.size() > 1 ? " (with the " + (group.size() - 1) + " other documents checked together with it)" : "";
            findings.reportOn(d, EngineRule.TIMEOUT, "Checking this document" + with + " took longer than " + limit
                    + " and was stopped, so it is not checked.",
                    "Check a smaller document, or allow more time (check --time-limit); when a custom rule (--rules) is "
                            + "in the run, make sure it does not fire again and again.");
        }
        return new GroupResult(findings.all(), List.of());
    }

    private static String seconds(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? ms / 1000 + " s" : String.format(java.util.Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    private static ScheduledThreadPoolExecutor watchdog() {
        ScheduledThreadPoolExecutor w = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "briefcheck-watchdog");
            t.setDaemon(true);
            return t;
        });
        w.setRemoveOnCancelPolicy(true);
        return w;
    }
}
