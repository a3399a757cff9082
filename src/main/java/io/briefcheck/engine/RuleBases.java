package io.briefcheck.engine;

import io.briefcheck.core.RuleCatalog;
import io.briefcheck.core.RuleLoadException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.drools.base.InitialFact;
import org.drools.base.base.ClassObjectType;
import org.drools.base.rule.GroupElement;
import org.drools.base.rule.Pattern;
import org.drools.base.rule.RuleConditionElement;
import org.drools.model.Model;
import org.drools.modelcompiler.CanonicalKiePackages;
import org.drools.modelcompiler.KieBaseBuilder;
import org.drools.modelcompiler.KiePackagesBuilder;
import org.kie.api.KieBase;
import org.kie.api.KieBaseConfiguration;
import org.kie.api.KieServices;
import org.kie.api.definition.KiePackage;
import org.kie.api.runtime.KieSessionsPool;

/**
 * The KieBases an engine runs, built when first needed. Building the network of every bundled rule is
 * most of a one-file check's rule time, and most rules cannot fire on a given file: a brief's rules need
 * a brief, the UK pack's rules need a draft checked for the UK. So the bundled rules (their executable
 * model, {@link BundledModel}) are built package by package: a group gets a base of the packages it
 * needs; a later group that needs one outside that base gets a base of every package, which then
 * serves everything. A run of many documents asks for every package at once.
 * <p>
 * What a group needs is read from the rules themselves, never from a hand-kept list. A rule can fire
 * only if its session holds a fact for each condition it matches directly (not under {@code not},
 * {@code or}, {@code from} or {@code accumulate}; under {@code exists} it does), of that class and with
 * the constants it compares ({@code IsAd( market == Market.UK )}). The facts are the group's documents,
 * the run's settings, what the derivers computed, and what the rules that can fire insert
 * ({@code insertLogical(new IsAd($p, Market.UK))}, read from the DRL by the build), repeated until no
 * other rule can fire. A group needs the packages of those rules that report, and of the rules whose
 * inserted facts the needed rules mention anywhere (a {@code not Pack(...)} too). A package left out
 * holds no rule that could report or change what another reports, so the findings are those of every
 * package; RuleBasesTest compares the two on every example, fixture and decision.
 * <p>
 * A check of a few files can have a base built ahead, on another thread while the files are read, from
 * their documents' classes alone ({@link #aheadFor}: a brief's three packages); a group uses it when it
 * holds every package the group needs, more packages finding the same.
 * <p>
 * Rule folders of one's own are compiled from DRL into one base, as before: {@link #of(KieBase)}.
 */
abstract class RuleBases {

    /** A KieBase, its pool of reused sessions and the names of its globals. */
    record Base(KieBase kieBase, KieSessionsPool sessions, Set<String> globals) {
        static Base of(KieBase kieBase) {
            return new Base(kieBase, kieBase.newKieSessionsPool(1), kieBase.getKiePackages().stream()
                    .flatMap(p -> p.getGlobalVariables().stream()).map(g -> g.getName()).collect(Collectors.toSet()));
        }
    }

    /** Every rule's package, for the rules' list (tests). */
    abstract Collection<? extends KiePackage> packages();

    /** Every rule's catalog entry, without the engine's own. */
    abstract RuleCatalog catalog();

    /** The names of the packages that can fire beside the {@code present} facts, or null when every package is built. */
    abstract Set<String> neededFor(List<Object> present);

    /** The base for a group of the {@code present} facts; null: the base of every rule. */
    abstract Base forFacts(List<Object> present);

    /**
     * The work of building ahead the base that documents of these classes can need on their own ({@link #guessFor}),
     * for the calling thread to run while the documents are read; null when there is none. A group whose needed
     * packages are all in it uses it (waiting for it if need be); any other is built as before.
     */
    Runnable aheadFor(Set<Class<?>> documentTypes) {
        return null;
    }

    /**
     * The packages documents of these classes need whatever they hold: those a document of the class and the run's
     * settings can fire alone, with what those rules insert ({@link #needed(List, List, List)}); null: not known.
     */
    Set<String> guessFor(Set<Class<?>> documentTypes) {
        return null;
    }

    /** Bases of only these packages, whatever a group's facts (tests compare them with every package); null when this cannot. */
    RuleBases restrictedTo(Set<String> names) {
        return null;
    }

    /** One base of every rule, built once: rules compiled from DRL. */
    static RuleBases of(KieBase kieBase) throws RuleLoadException {
        Base base = Base.of(kieBase);
        RuleCatalog catalog = RuleCatalog.of(kieBase.getKiePackages());
        return new RuleBases() {
            @Override
            Collection<? extends KiePackage> packages() {
                return kieBase.getKiePackages();
            }

            @Override
            RuleCatalog catalog() {
                return catalog;
            }

            @Override
            Set<String> neededFor(List<Object> present) {
                return null;
            }

            @Override
            Base forFacts(List<Object> present) {
                return base;
            }
        };
    }

    /**
     * The executable model's packages ({@code packs}, as the build described them, {@link BundledModel}),
     * built into bases as groups need them; {@code models}: every model class, in the order a base of every
     * rule adds them.
     */
    static RuleBases ofModel(ClassLoader loader, List<String> models, List<PackSource> packs, RuleCatalog catalog) {
        return new Selecting(loader, models, packs, catalog);
    }

    /** A package as the build describes it: its model class and its rules ({@link RuleSource}). */
    record PackSource(String name, String model, List<RuleSource> rules) {
    }

    /**
     * A rule as the build describes it, by class name: what it needs a fact of to fire, every class its
     * conditions mention (under {@code not} and {@code exists} too), what its action inserts (null:
     * anything) and whether it reports (its action does more than insert facts).
     */
    record RuleSource(List<NeedSource> needs, List<String> mentions, List<KindSource> inserts, boolean reports) {
    }

    /** A fact a rule needs: its class, and the properties its conditions compare with a constant ({@code market == Market.US}). */
    record NeedSource(String type, Map<String, String> equals) {
    }

    /** The same with its class. */
    record Need(Class<?> type, Map<String, String> equals, List<java.lang.reflect.Method> readers) {

        static Need of(Class<?> type, Map<String, String> equals) {
            List<java.lang.reflect.Method> readers = new ArrayList<>();
            for (String property : equals.keySet()) readers.add(reader(type, property));
            return new Need(type, equals, readers);
        }

        /** True when {@code fact} is such a fact; a property that cannot be read is taken to match. */
        boolean matches(Object fact) {
            if (!type.isInstance(fact)) return false;
            int i = 0;
            for (String value : equals.values()) {
                java.lang.reflect.Method read = readers.get(i++);
                if (read == null) continue;
                try {
                    if (!value.equals(constant(read.invoke(fact)))) return false;
                } catch (ReflectiveOperationException | RuntimeException ex) {
                    // taken to match
                }
            }
            return true;
        }

        /** True when a fact a rule inserts, of {@code kind}, may be such a fact. */
        boolean matches(Kind kind) {
            if (!type.isAssignableFrom(kind.type())) return false;
            for (Map.Entry<String, String> e : equals.entrySet()) {
                String value = kind.equals().get(e.getKey());
                if (value != null && !value.equals(e.getValue())) return false;
            }
            return true;
        }

        static java.lang.reflect.Method reader(Class<?> type, String property) {
            String cap = Character.toUpperCase(property.charAt(0)) + property.substring(1);
            for (String name : List.of(property, "get" + cap, "is" + cap)) {
                try {
                    return type.getMethod(name);
                } catch (NoSuchMethodException e) {
                    // the next form
                }
            }
            return null;
        }
    }

    /** A condition that compares a property with an enum constant or a text: {@code market == Market.UK}, {@code kind == "reel"}. */
    private static final java.util.regex.Pattern CONSTANT_TEST =
            java.util.regex.Pattern.compile("\\s*(\\w+)\\s*==\\s*(?:[A-Z]\\w*\\.([A-Z][A-Z0-9_]*)|\"([^\"\\\\]*)\")\\s*");

    /** What a rule inserts: a class, and the properties it sets to constants ({@code new IsAd($p, Market.UK)}: market UK). */
    record Kind(Class<?> type, Map<String, String> equals) {
    }

    /** The same by class name, as the build writes it. */
    record KindSource(String type, Map<String, String> equals) {
    }

    /**
     * True when {@code type}'s property can hold {@code value}: an enum with that constant, or text. A
     * condition on any other property is not kept (a need without it is met by more facts, never fewer).
     */
    static boolean holds(Class<?> type, String property, String value, boolean constant) {
        java.lang.reflect.Method read = Need.reader(type, property);
        if (read == null) return false;
        Class<?> t = read.getReturnType();
        if (!constant) return t == String.class;
        return t.isEnum() && java.util.Arrays.stream(t.getEnumConstants()).anyMatch(e -> ((Enum<?>) e).name().equals(value));
    }

    /** A constant as the build writes it ({@link Need#equals}): an enum's name, text as it is; null for any other value. */
    static String constant(Object value) {
        if (value instanceof Enum<?> e) return e.name();
        if (value instanceof String s) return s;
        return null;
    }

    /** A rule of a package, with its classes. */
    record Sketch(String pack, List<Need> needs, Set<Class<?>> mentions, List<Kind> inserts, boolean reports) {

        /** True when it could fire beside these facts and the facts of the {@code inserted} kinds. */
        boolean canFire(List<Object> facts, List<Kind> inserted) {
            for (Need n : needs) {
                if (!met(n, facts, inserted)) return false;
            }
            return true;
        }

        private static boolean met(Need n, List<Object> facts, List<Kind> inserted) {
            for (Kind k : inserted) if (n.matches(k)) return true;
            for (Object f : facts) if (n.matches(f)) return true;
            return false;
        }

        /** True when a fact it inserts is of a class {@code other}'s conditions mention. */
        boolean feeds(Sketch other) {
            for (Kind i : inserts) {
                for (Class<?> c : other.mentions) if (c.isAssignableFrom(i.type())) return true;
            }
            return false;
        }

        static Sketch of(String pack, RuleSource source, ClassLoader loader) throws ClassNotFoundException {
            List<Need> needs = new ArrayList<>();
            for (NeedSource n : source.needs()) needs.add(Need.of(Class.forName(n.type(), false, loader), n.equals()));
            List<Kind> inserts = null;
            if (source.inserts() != null) {
                inserts = new ArrayList<>();
                for (KindSource k : source.inserts()) inserts.add(new Kind(Class.forName(k.type(), false, loader), k.equals()));
            }
            return new Sketch(pack, needs, classes(source.mentions(), loader), inserts, source.reports());
        }

        private static Set<Class<?>> classes(List<String> names, ClassLoader loader) throws ClassNotFoundException {
            Set<Class<?>> out = new HashSet<>();
            for (String n : names) out.add(Class.forName(n, false, loader));
            return out;
        }

        /**
         * The facts a rule's conditions match directly in the session (or under {@code exists}): it cannot fire
         * without a fact of each, with the properties it compares with a constant. Conditions under
         * {@code not}, {@code or}, {@code from} or {@code accumulate} add none.
         */
        static List<NeedSource> needs(GroupElement lhs) {
            List<NeedSource> needs = new ArrayList<>();
            if (!lhs.isAnd()) return needs;
            for (RuleConditionElement e : lhs.getChildren()) {
                if (e instanceof GroupElement g && g.isExists() && g.getChildren().size() == 1) e = g.getChildren().get(0);
                if (e instanceof Pattern p && p.getSource() == null && p.getObjectType() instanceof ClassObjectType t
                        && !InitialFact.class.isAssignableFrom(t.getClassType())) {
                    Map<String, String> equals = new java.util.TreeMap<>();
                    for (org.drools.base.rule.constraint.Constraint c : p.getConstraints()) {
                        if (!(c instanceof org.drools.modelcompiler.constraints.LambdaConstraint l)
                                || l.getEvaluator().getRequiredDeclarations().length != 0) continue;
                        java.util.regex.Matcher m = CONSTANT_TEST.matcher(l.getPredicateInformation().getStringConstraint());
                        String value = m.matches() ? m.group(2) != null ? m.group(2) : m.group(3) : null;
                        if (value != null && holds(t.getClassType(), m.group(1), value, m.group(2) != null)) equals.put(m.group(1), value);
                    }
                    needs.add(new NeedSource(t.getClassType().getName(), equals));
                }
            }
            return needs;
        }

        /** Every class a rule's conditions mention, at any depth. */
        static Set<Class<?>> mentions(RuleConditionElement e) {
            Set<Class<?>> out = new HashSet<>();
            mention(e, out);
            return out;
        }

        private static void mention(RuleConditionElement e, Set<Class<?>> out) {
            if (e == null) return;
            if (e instanceof Pattern p) {
                if (p.getObjectType() instanceof ClassObjectType t && !InitialFact.class.isAssignableFrom(t.getClassType())) {
                    out.add(t.getClassType());
                }
                if (p.getSource() != null) mention(p.getSource(), out);
            }
            for (RuleConditionElement nested : e.getNestedElements()) mention(nested, out);
        }
    }

    /**
     * The names of the packages a group needs, whose facts are of the {@code present} classes; null for
     * every package. First every rule that can fire, with what they insert, until no other can; then the
     * rules among them that report, and those whose inserted facts the needed rules' conditions mention.
     */
    static Set<String> needed(List<Sketch> rules, List<Object> present) {
        return needed(rules, present, List.of());
    }

    /**
     * The same, with facts of the {@code given} kinds present too (a kind without a property's value may hold any);
     * with no facts but a document's class and the run's settings, the packages a document of that class needs
     * whatever its fields say and whatever the derivers add, or more: a brief needs the briefs' packages.
     */
    static Set<String> needed(List<Sketch> rules, List<Object> present, List<Kind> given) {
        int n = rules.size();
        List<Kind> inserted = new ArrayList<>(given);
        boolean[] possible = new boolean[n];
        for (boolean more = true; more; ) {
            more = false;
            for (int i = 0; i < n; i++) {
                Sketch r = rules.get(i);
                if (possible[i] || !r.canFire(present, inserted)) continue;
                if (r.inserts() == null) return null;
                possible[i] = true;
                inserted.addAll(r.inserts());
                more = true;
            }
        }
        boolean[] needed = new boolean[n];
        for (int i = 0; i < n; i++) needed[i] = possible[i] && rules.get(i).reports();
        for (boolean more = true; more; ) {
            more = false;
            for (int i = 0; i < n; i++) {
                if (!possible[i] || needed[i]) continue;
                for (int j = 0; j < n && !needed[i]; j++) {
                    if (needed[j] && rules.get(i).feeds(rules.get(j))) needed[i] = more = true;
                }
            }
        }
        Set<String> out = new HashSet<>();
        for (int i = 0; i < n; i++) if (needed[i]) out.add(rules.get(i).pack());
        return out;
    }

    /** The packages of these models, ready to be added to one KieBase. */
    static CanonicalKiePackages packagesOf(List<Model> models) {
        return packagesOf(models, KieServices.get().newKieBaseConfiguration());
    }

    static CanonicalKiePackages packagesOf(List<Model> models, KieBaseConfiguration conf) {
        KiePackagesBuilder builder = new KiePackagesBuilder(conf);
        models.forEach(builder::addModel);
        return builder.build();
    }

    private static final class Selecting extends RuleBases {
        private final ClassLoader loader;
        private final List<String> modelClasses;
        private final List<PackSource> sources;
        private final RuleCatalog catalog;
        private final KieBaseConfiguration conf = KieServices.get().newKieBaseConfiguration();
        /** Each model class's object, made once, by whichever thread needs it first (guarded by itself). */
        private final Map<String, Model> models = new HashMap<>();
        /** The base built ahead for the documents' classes, with its packages' names ({@link #aheadFor}); null: none. */
        private volatile Ahead ahead;
        /** The rules with their classes, once a group asked (null: a class could not be loaded, so every package serves). */
        private List<Sketch> sketches;
        private boolean sketchesRead;
        private Set<String> partialNames;
        private Base partial;
        private Base all;
        private Collection<? extends KiePackage> listed;

        Selecting(ClassLoader loader, List<String> modelClasses, List<PackSource> sources, RuleCatalog catalog) {
            this.loader = loader;
            this.modelClasses = List.copyOf(modelClasses);
            this.sources = List.copyOf(sources);
            this.catalog = catalog;
        }

        @Override
        RuleCatalog catalog() {
            return catalog;
        }

        @Override
        synchronized Collection<? extends KiePackage> packages() {
            if (listed == null) listed = packagesOf(models(modelClasses)).getKiePackages();
            return listed;
        }

        @Override
        synchronized Set<String> neededFor(List<Object> present) {
            return sketches() == null ? null : needed(sketches, present);
        }

        @Override
        Base forFacts(List<Object> present) {
            Ahead built = ahead;
            if (built != null && present != null) {
                Set<String> needed = neededFor(present);
                if (needed != null && built.names().containsAll(needed)) {
                    // more packages than needed find the same: a package left out holds no rule that could report or
                    // change what another reports, and one more is such a package (RuleBasesTest)
                    Base base = built.base();
                    if (base != null) return base;
                }
            }
            return chosen(present);
        }

        private synchronized Base chosen(List<Object> present) {
            if (all != null) return all;
            Set<String> needed = present == null || sketches() == null ? null : needed(sketches, present);
            if (needed != null && partial != null && partialNames.containsAll(needed)) return partial;
            if (needed != null && partial == null) {
                partialNames = Set.copyOf(needed);
                partial = baseOf(modelsOf(needed), conf);
                return partial;
            }
            all = baseOf(modelClasses, conf);
            return all;
        }

        @Override
        Runnable aheadFor(Set<Class<?>> documentTypes) {
            Set<String> names = guessFor(documentTypes);
            if (names == null || names.isEmpty()) return null;
            // its own configuration: a group that needs other packages builds them at the same time with conf
            java.util.concurrent.FutureTask<Base> task = new java.util.concurrent.FutureTask<>(
                    () -> baseOf(modelsOf(names), KieServices.get().newKieBaseConfiguration()));
            ahead = new Ahead(Set.copyOf(names), task);
            return task;
        }

        @Override
        synchronized Set<String> guessFor(Set<Class<?>> documentTypes) {
            if (sketches() == null) return null;
            List<Kind> given = new ArrayList<>();
            given.add(new Kind(io.briefcheck.model.RunSettings.class, Map.of()));
            for (Class<?> t : documentTypes) given.add(new Kind(t, Map.of()));
            return needed(sketches, List.of(), given);
        }

        @Override
        RuleBases restrictedTo(Set<String> names) {
            Selecting restricted = new Selecting(loader, modelClasses, sources, catalog);
            restricted.all = baseOf(modelsOf(names), conf);
            return restricted;
        }

        private Base baseOf(List<String> modelNames, KieBaseConfiguration configuration) {
            return Base.of(new KieBaseBuilder(configuration).createKieBase(packagesOf(models(modelNames), configuration)));
        }

        private List<String> modelsOf(Set<String> names) {
            List<String> chosen = new ArrayList<>();
            for (PackSource p : sources) {
                if (names.contains(p.name()) && !chosen.contains(p.model())) chosen.add(p.model());
            }
            return modelClasses.stream().filter(chosen::contains).toList();
        }

        private List<Sketch> sketches() {
            if (!sketchesRead) {
                sketchesRead = true;
                try {
                    List<Sketch> read = new ArrayList<>();
                    for (PackSource p : sources) {
                        for (RuleSource r : p.rules()) read.add(Sketch.of(p.name(), r, loader));
                    }
                    sketches = read;
                } catch (ClassNotFoundException | LinkageError e) {
                    sketches = null;
                }
            }
            return sketches;
        }

        /** The model objects of these classes, each made once (a model is only read when packages are built from it). */
        private List<Model> models(List<String> names) {
            List<Model> out = new ArrayList<>();
            synchronized (models) {
                for (String n : names) {
                    out.add(models.computeIfAbsent(n, k -> {
                        try {
                            return (Model) Class.forName(k, true, loader).getDeclaredConstructor().newInstance();
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException("the bundled rules' model class " + k + " cannot be made", e);
                        }
                    }));
                }
            }
            return out;
        }

        /** A base being built ahead, and the names of its packages. */
        private record Ahead(Set<String> names, java.util.concurrent.FutureTask<Base> task) {
            /** The base, once built; null when its build failed (the group then builds its own, and so reports why). */
            Base base() {
                try {
                    return task.get();
                } catch (java.util.concurrent.ExecutionException e) {
                    return null;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return null;
                }
            }
        }
    }
}
