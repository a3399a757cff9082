package io.briefcheck.core;

import io.briefcheck.load.InputRule;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

/**
 * Every rule briefcheck knows, read from the loaded KieBase's metadata (plus the Java
 * {@code input/} rules). {@code rules}, {@code explain}, SARIF and the report all read this; there
 * is no second hand-kept list.
 */
public final class RuleCatalog {

    private final Map<String, RuleInfo> byId;

    private RuleCatalog(Map<String, RuleInfo> byId) {
        this.byId = byId;
    }

    /** A catalog of these entries as they were read from rules earlier (the build's snapshot), with the {@code input/} rules. */
    public static RuleCatalog ofInfos(Collection<RuleInfo> infos) {
        Map<String, RuleInfo> byId = inputRules();
        for (RuleInfo r : infos) byId.putIfAbsent(r.id(), r);
        return new RuleCatalog(byId);
    }

    private static Map<String, RuleInfo> inputRules() {
        Map<String, RuleInfo> byId = new TreeMap<>();
        for (InputRule r : InputRule.values()) {
            byId.put(r.id(), new RuleInfo(r.id(), Severity.parse(r.severity()), r.title(), r.why(), InputRule.SOURCE, r.bad(), r.good()));
        }
        return byId;
    }

    /** The catalog of these rule packages' rules (with the {@code input/} rules). */
    public static RuleCatalog of(java.util.Collection<? extends KiePackage> packages) throws RuleLoadException {
        Map<String, RuleInfo> byId = inputRules();
        List<String> problems = new ArrayList<>();
        for (KiePackage pkg : packages) {
            for (Rule rule : pkg.getRules()) {
                RuleInfo info = infoOf(rule, problems);
                if (info == null) continue;
                RuleInfo earlier = byId.putIfAbsent(info.id(), info);
                if (earlier != null && !earlier.severity().equals(info.severity())) {
                    problems.add("rules: rule \"" + rule.getName() + "\" gives " + info.id() + " severity "
                            + info.severity().code() + ", another rule with that id says " + earlier.severity().code());
                }
            }
        }
        if (!problems.isEmpty()) throw new RuleLoadException(problems);
        return new RuleCatalog(byId);
    }

    /**
     * The rule's catalog entry, or null for an inference rule: one that reports nothing but concludes a
     * fact for other rules ({@code @infers("IsAd")} instead of {@code @id}).
     */
    private static RuleInfo infoOf(Rule rule, List<String> problems) {
        Map<String, Object> meta = rule.getMetaData();
        String id = text(meta.get("id"));
        String severity = text(meta.get("severity"));
        String where = "rules: rule \"" + rule.getName() + "\" (package " + rule.getPackageName() + ")";
        if (id == null && text(meta.get("infers")) != null) return null;
        if (id == null || !id.matches("[a-z0-9-]+/[a-z0-9-]+")) {
            problems.add(where + " needs @id(\"namespace/name\"), in lower case (or @infers(\"Fact\") when it only concludes a fact)");
            return null;
        }
        Severity s = Severity.parse(severity);
        if (s == null || s == Severity.NEVER) {
            problems.add(where + " needs @severity(\"error\"), @severity(\"warning\") or @severity(\"info\")");
            return null;
        }
        if (text(meta.get("title")) == null) {
            problems.add(where + " needs @title(\"...\")");
            return null;
        }
        return new RuleInfo(id, s, text(meta.get("title")), text(meta.get("why")), text(meta.get("source")),
                text(meta.get("bad")), text(meta.get("good")));
    }

    /** One metadata value of a rule ({@code "bad"} for {@code @bad}) as its text, or null when absent or empty. */
    public static String metadata(Rule rule, String key) {
        return text(rule.getMetaData().get(key));
    }

    private static String text(Object o) {
        if (o == null) return null;
        String s = String.valueOf(o).strip();
        if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) s = s.substring(1, s.length() - 1);
        s = s.replace("\\n", "\n").replace("\\\"", "\"");
        return s.isEmpty() ? null : s;
    }

    /**
     * This catalog with more rules that are not DRL (the engine's own, such as a check stopped at its time
     * limit); an id already here keeps its entry.
     */
    public RuleCatalog with(Collection<RuleInfo> more) {
        Map<String, RuleInfo> all = new TreeMap<>(byId);
        for (RuleInfo r : more) all.putIfAbsent(r.id(), r);
        return new RuleCatalog(all);
    }

    public RuleInfo get(String id) {
        return byId.get(id);
    }

    public Collection<RuleInfo> all() {
        return byId.values();
    }

    /** Ids matching a selector: an exact id, or a namespace ("brief" or "brief/"). */
    public List<String> select(String selector) {
        String s = selector.strip();
        List<String> out = new ArrayList<>();
        for (String id : byId.keySet()) {
            if (id.equals(s) || id.startsWith(s.endsWith("/") ? s : s + "/")) out.add(id);
        }
        return out;
    }

    /**
     * Rule ids or namespaces close to a selector that matches nothing ("ftc/missing-disclosur",
     * "missing-disclosure", "ftcc"): ids that contain it or whose name it contains, else the nearest by spelling.
     */
    public List<String> suggest(String selector) {
        String s = selector.strip();
        if (s.isEmpty()) return List.of();
        List<String> out = new ArrayList<>();
        for (String id : byId.keySet()) {
            String name = id.substring(id.indexOf('/') + 1);
            if (id.contains(s) || (name.length() > 3 && s.contains(name))) out.add(id);
        }
        if (!out.isEmpty()) return out.stream().sorted().limit(5).toList();
        java.util.Set<String> candidates = new java.util.TreeSet<>(byId.keySet());
        for (String id : byId.keySet()) if (id.contains("/")) candidates.add(id.substring(0, id.indexOf('/')));
        String closest = io.briefcheck.load.Suggest.closest(s, candidates);
        return closest == null ? List.of() : List.of(closest);
    }
}
