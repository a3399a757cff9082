package io.briefcheck.engine;

import io.briefcheck.core.RuleLoadException;
import io.briefcheck.core.RuleCatalog;
import io.briefcheck.load.Document;
import io.briefcheck.model.Located;
import io.briefcheck.model.RunSettings;
import io.briefcheck.core.Finding;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.kie.api.KieBase;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AgendaEventListener;
import org.kie.api.runtime.KieSession;

/**
 * The compiled rules: one KieBase built once per process from every rule folder, shared read-only.
 * Each call to {@link #run} opens one short session per group of related documents, so it is safe
 * to call from several threads at once.
 */
public final class Engine {

    private final KieBase base;
    private final RuleCatalog catalog;
    private final RuleData data;
    private final Set<String> globals;
    private final List<Deriver> derivers;
    private final AgendaEventListener listener;

    private Engine(KieBase base, RuleCatalog catalog, RuleData data, List<Deriver> derivers, AgendaEventListener listener) {
        this.base = base;
        this.catalog = catalog;
        this.data = data;
        this.derivers = List.copyOf(derivers);
        this.listener = listener;
        this.globals = base.getKiePackages().stream()
                .flatMap(p -> p.getGlobalVariables().stream()).map(g -> g.getName()).collect(Collectors.toSet());
    }

    /**
     * Builds the engine from the bundled rules (unless left out) and the given extra folders; the
     * {@code derivers} compute the facts the rules read beside the input (the analysis package lists them in Derivers.ALL).
     */
    public static Engine build(boolean bundled, List<RuleFolder> extra, List<Deriver> derivers) throws RuleLoadException {
        List<RuleFolder> folders = new ArrayList<>();
        if (bundled) folders.add(RuleFolder.bundled());
        folders.addAll(extra);
        RuleData data = RuleData.load(folders, DataSchema.bundled());
        CompiledRulesCache cache = CompiledRulesCache.forThisProcess();
        KieBase base = cache == null ? RuleCompiler.compile(folders) : cache.compile(folders);
        return new Engine(base, RuleCatalog.of(base), data, derivers, null);
    }

    /**
     * The same rules, with {@code listener} attached to every session this engine opens (rule
     * coverage in the tests). Sessions run in parallel, so the listener must be thread-safe.
     */
    public Engine observedBy(AgendaEventListener listener) {
        return new Engine(base, catalog, data, derivers, listener);
    }

    /** Every compiled rule, with or without an {@code @id}; its metadata is read with {@link RuleCatalog#metadata}. */
    public List<Rule> rules() {
        return base.getKiePackages().stream().flatMap(p -> p.getRules().stream()).toList();
    }

    public RuleCatalog catalog() {
        return catalog;
    }

    public RuleData data() {
        return data;
    }

    /** Runs the rules over the readable documents and returns what they found, in no set order. */
    public List<Finding> run(List<Document> documents, RunSettings settings) {
        return run(documents, settings, derived -> { });
    }

    /**
     * The same, also handing every derived fact (computed figures) to {@code derivedFacts}. Groups are
     * independent sessions, so they run in parallel; results are handed over in group order.
     */
    public List<Finding> run(List<Document> documents, RunSettings settings, Consumer<Object> derivedFacts) {
        Map<Findings.DocKey, Document> byKey = new HashMap<>();
        for (Document d : documents) byKey.put(new Findings.DocKey(d.file(), d.index()), d);
        List<GroupResult> results = Groups.of(documents).parallelStream()
                .map(group -> runGroup(group, settings, byKey))
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

    private GroupResult runGroup(List<Document> group, RunSettings settings, Map<Findings.DocKey, Document> byKey) {
        Findings findings = new Findings(catalog, byKey);
        List<Object> derivedFacts = new ArrayList<>();
        KieSession session = base.newKieSession();
        if (listener != null) session.addEventListener(listener);
        try {
            if (globals.contains("findings")) session.setGlobal("findings", findings);
            if (globals.contains("data")) session.setGlobal("data", data);
            session.insert(settings);
            List<Located> facts = new ArrayList<>(group.size());
            for (Document d : group) facts.add(d.fact());
            for (Located f : facts) session.insert(f);
            for (Deriver deriver : derivers) {
                for (Object derived : deriver.derive(facts, settings, data)) {
                    session.insert(derived);
                    derivedFacts.add(derived);
                }
            }
            session.fireAllRules();
        } finally {
            session.dispose();
        }
        return new GroupResult(findings.all(), derivedFacts);
    }
}
