package io.briefcheck.engine;

import io.briefcheck.core.RuleCatalog;
import io.briefcheck.core.RuleInfo;
import io.briefcheck.core.RuleLoadException;
import io.briefcheck.core.Severity;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.BufferedReader;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.base.definitions.rule.impl.RuleImpl;
import org.drools.base.rule.GroupElement;
import org.kie.api.definition.KiePackage;

/**
 * The bundled rules compiled at build time into Drools' executable model: plain Java classes in the jar
 * (packages {@code briefcheck.*}), so a run neither parses DRL nor compiles MVEL, and the class-data
 * archive can hold them.
 * <p>
 * {@link #main} runs in the build (pom.xml, phase process-classes) and writes the classes,
 * {@value #INDEX} (the rules' fingerprint, then the model classes), {@value #SNAPSHOT} (the rules'
 * catalog, and by package the classes each rule matches and what its rules insert, for
 * {@link RuleBases}), the list of the bundled files and the snapshot of the bundled data. So a run makes
 * only the packages its documents need. Outside a jar {@link #load} uses the model only when the
 * fingerprint matches the bundled DRL files it is given, so a rule edited after the build (an IDE run)
 * is compiled from its DRL as before, never judged by a stale model; a jar's model and rules come from
 * one build.
 */
final class BundledModel {

    /** The index of the generated model, a resource beside this class. */
    static final String INDEX = "bundled-model.txt";
    /** What the build read from the model for a run ({@link Snapshot}), a resource beside this class. */
    static final String SNAPSHOT = "bundled-model.bin";
    /** What a rule's action inserts: {@code insertLogical(new IsAd(...))}, {@code insert(new Missing(...))}. */
    private static final Pattern INSERT_NEW = Pattern.compile("\\binsert(?:Logical)?\\s*\\(\\s*new\\s+([\\w.]+)\\s*\\(");
    private static final Pattern INSERT_ANY = Pattern.compile("\\binsert(?:Logical)?\\s*\\(");
    private static final Pattern PACKAGE = Pattern.compile("(?m)^\\s*package\\s+([\\w.]+)");
    private static final Pattern IMPORT = Pattern.compile("(?m)^\\s*import\\s+([\\w.]+?)(\\.\\*)?\\s*;");
    private static final Pattern RULE = Pattern.compile("(?ms)^\\s*rule\\s+(?:\"([^\"]+)\"|'([^']+)'|(\\S+))(.*?)^\\s*end\\s*$");
    /** An argument that is a constant: {@code Market.UK} or {@code "reel"}. */
    private static final Pattern CONSTANT = Pattern.compile("[A-Z]\\w*\\.([A-Z][A-Z0-9_]*)|\"([^\"\\\\]*)\"");
    private static final Pattern THEN = Pattern.compile("(?m)^\\s*then\\b");
    private static final String[] INFO = {"id", "severity", "title", "why", "source", "bad", "good"};

    private BundledModel() {
    }

    /** The bundled rules from their executable model, or null when there is none for these files (read only outside a jar). */
    static RuleBases load(Supplier<RuleFolder> bundled) {
        ClassLoader loader = BundledModel.class.getClassLoader();
        try (InputStream in = BundledModel.class.getResourceAsStream(INDEX);
             InputStream snapshot = BundledModel.class.getResourceAsStream(SNAPSHOT)) {
            if (in == null || snapshot == null) return null;
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            // in a jar the model and the rules were made by the same build; elsewhere the rules may be newer
            if (lines.isEmpty() || (!BundledFolder.packaged() && !lines.get(0).equals(fingerprint(bundled.get())))) return null;
            Map<?, ?> read = (Map<?, ?>) Snapshot.read(new DataInputStream(new BufferedInputStream(snapshot)));
            List<RuleInfo> infos = new ArrayList<>();
            for (Object o : (List<?>) read.get("catalog")) {
                Map<?, ?> m = (Map<?, ?>) o;
                infos.add(new RuleInfo((String) m.get("id"), Severity.parse((String) m.get("severity")), (String) m.get("title"),
                        (String) m.get("why"), (String) m.get("source"), (String) m.get("bad"), (String) m.get("good")));
            }
            List<RuleBases.PackSource> packs = new ArrayList<>();
            for (Object o : (List<?>) read.get("packs")) {
                Map<?, ?> m = (Map<?, ?>) o;
                List<RuleBases.RuleSource> rules = new ArrayList<>();
                for (Object r : (List<?>) m.get("rules")) {
                    Map<?, ?> rule = (Map<?, ?>) r;
                    List<RuleBases.NeedSource> needs = new ArrayList<>();
                    for (Object n : (List<?>) rule.get("needs")) {
                        Map<?, ?> need = (Map<?, ?>) n;
                        needs.add(new RuleBases.NeedSource((String) need.get("type"), texts(need.get("equals"))));
                    }
                    List<RuleBases.KindSource> inserts = null;
                    if (rule.get("inserts") != null) {
                        inserts = new ArrayList<>();
                        for (Object k : (List<?>) rule.get("inserts")) {
                            Map<?, ?> kind = (Map<?, ?>) k;
                            inserts.add(new RuleBases.KindSource((String) kind.get("type"), texts(kind.get("equals"))));
                        }
                    }
                    rules.add(new RuleBases.RuleSource(needs, strings(rule.get("mentions")), inserts, (Boolean) rule.get("reports")));
                }
                packs.add(new RuleBases.PackSource((String) m.get("name"), (String) m.get("model"), rules));
            }
            return RuleBases.ofModel(loader, lines.subList(1, lines.size()), packs, RuleCatalog.ofInfos(infos));
        } catch (IOException | RuntimeException | LinkageError e) {
            return null; // the DRL compiler serves instead
        }
    }

    private static Map<String, String> texts(Object map) {
        Map<String, String> out = new TreeMap<>();
        ((Map<?, ?>) map).forEach((k, v) -> out.put((String) k, (String) v));
        return out;
    }

    private static void deleteTree(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) return;
        try (java.util.stream.Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(p);
        }
    }

    private static List<String> strings(Object list) {
        return ((List<?>) list).stream().map(String.class::cast).toList();
    }

    /**
     * The Java level the model's classes are compiled for. At Java 9 and later, the compiler turns each string
     * concatenation in a rule's action ({@code "..." + $tier + "..."}) into a call whose first run builds a
     * method-handle tree, and each new shape spins classes at run time: a brief's rules spun 13 on their first
     * firing. At 1.8 it is plain {@code StringBuilder} code, as javac makes for briefcheck's own classes
     * ({@code -XDstringConcat=inline}, pom.xml). A rule's action can use Java 8 syntax only (no {@code var}).
     */
    static final String JAVA_LEVEL = "1.8";

    /** What the model was made from: each DRL file's path in the folder and its text (and the snapshot's form, the Java level). */
    static String fingerprint(RuleFolder folder) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(("snapshot 4, java " + JAVA_LEVEL + "\u0000").getBytes(StandardCharsets.UTF_8));
            for (RuleFile f : folder.drlFiles()) {
                sha.update((f.relativePath() + "\u0000" + f.text() + "\u0000").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Build step: lists the files of {@code CLASSES/briefcheck-rules} (see {@link RuleFolder#bundled()}),
     * compiles them into the executable model and writes its classes, the index and the snapshot into
     * {@code CLASSES}. The model is not made again when the index already matches the rules.
     */
    public static void main(String[] args) throws IOException, ReflectiveOperationException {
        // read once, by Drools' compiler configuration, when the first rule is compiled
        System.setProperty("drools.dialect.java.compiler.lnglevel", JAVA_LEVEL);
        Path classes = Path.of(args[0]);
        RuleFolder.writeList(classes);
        try {
            RuleData.writeSnapshot(classes);
        } catch (RuleLoadException e) {
            System.err.println("briefcheck: the bundled rule data is not valid:");
            e.problems().forEach(p -> System.err.println("  " + p));
            System.exit(1);
        }
        RuleFolder rules = RuleFolder.of(classes.resolve(RuleFolder.BUNDLED));
        String fingerprint = fingerprint(rules);
        Path folder = classes.resolve(BundledModel.class.getPackageName().replace('.', '/'));
        Path index = folder.resolve(INDEX);
        if (Files.isRegularFile(index) && Files.readAllLines(index).get(0).equals(fingerprint)
                && Files.isRegularFile(folder.resolve(SNAPSHOT))) return;
        if (Files.isRegularFile(index)) {
            // the old model's classes go first: their names hash the rules' text, so new ones would sit beside them
            List<String> old = Files.readAllLines(index);
            for (String model : old.subList(1, old.size())) deleteTree(classes.resolve(model.substring(0, model.lastIndexOf('.')).replace('.', '/')));
        }
        InternalKieModule module;
        try {
            module = (InternalKieModule) RuleCompiler.build(List.of(rules), ExecutableModelProject.class).getKieModule();
        } catch (RuleLoadException e) {
            System.err.println("briefcheck: the bundled rules do not compile:");
            e.problems().forEach(p -> System.err.println("  " + p));
            System.exit(1);
            return;
        }
        List<String> lines = new ArrayList<>(List.of(fingerprint));
        int written = 0;
        for (String name : module.getFileNames()) {
            if (name.endsWith(".class")) {
                Path out = classes.resolve(name);
                Files.createDirectories(out.getParent());
                Files.write(out, module.getBytes(name));
                written++;
            } else if (name.endsWith("/drools-model")) {
                String list = new String(module.getBytes(name), StandardCharsets.UTF_8);
                list.lines().filter(l -> !l.isBlank() && !l.contains(":")).forEach(lines::add);
            }
        }
        if (lines.size() == 1) throw new IllegalStateException("the executable model lists no rule classes");
        Files.createDirectories(folder);
        Files.write(index, lines, StandardCharsets.UTF_8);
        Map<String, Object> snapshot;
        try {
            snapshot = snapshot(lines.subList(1, lines.size()), scan(rules));
        } catch (RuleLoadException e) {
            System.err.println("briefcheck: the bundled rules' metadata is not valid:");
            e.problems().forEach(p -> System.err.println("  " + p));
            System.exit(1);
            return;
        }
        try (DataOutputStream out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(folder.resolve(SNAPSHOT))))) {
            Snapshot.write(snapshot, out);
        }
        System.out.println("briefcheck: compiled the bundled rules into " + written + " classes (" + (lines.size() - 1)
                + " packages)");
    }

    /**
     * The snapshot of the model whose classes are {@code models} (on this class's class path once written):
     * its catalog, and its packages with their model class and, by rule, the classes it needs and mentions,
     * what it inserts and whether it reports ({@link RuleBases.RuleSource}), from the model and {@code scans}.
     */
    private static Map<String, Object> snapshot(List<String> models, Map<String, Map<String, Scan>> scans)
            throws ReflectiveOperationException, RuleLoadException {
        ClassLoader loader = BundledModel.class.getClassLoader();
        Map<String, String> modelOf = new TreeMap<>();
        List<Model> all = new ArrayList<>();
        for (String name : models) {
            Model model = (Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance();
            all.add(model);
            for (org.drools.model.Rule r : model.getRules()) {
                String earlier = modelOf.putIfAbsent(r.getPackage(), name);
                if (earlier != null && !earlier.equals(name)) {
                    throw new IllegalStateException("package " + r.getPackage() + " is in two model classes, " + earlier + " and " + name);
                }
            }
        }
        List<KiePackage> packages = new ArrayList<>(RuleBases.packagesOf(all).getKiePackages());
        List<Object> catalog = new ArrayList<>();
        for (RuleInfo info : RuleCatalog.of(packages).all()) {
            Map<String, Object> m = new LinkedHashMap<>();
            String[] values = {info.id(), info.severity().code(), info.title(), info.why(), info.source(), info.bad(), info.good()};
            for (int i = 0; i < INFO.length; i++) m.put(INFO[i], values[i]);
            catalog.add(m);
        }
        List<Object> packs = new ArrayList<>();
        for (KiePackage p : packages) {
            if (p.getRules().isEmpty()) continue;
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("name", p.getName());
            m.put("model", modelOf.get(p.getName()));
            List<Object> rules = new ArrayList<>();
            for (org.kie.api.definition.rule.Rule r : p.getRules()) {
                Scan scan = scans.getOrDefault(p.getName(), Map.of()).get(r.getName());
                if (scan == null) throw new IllegalStateException("rule \"" + r.getName() + "\" of " + p.getName() + " is in no DRL file read");
                GroupElement lhs = ((RuleImpl) r).getLhs();
                Map<String, Object> rule = new LinkedHashMap<>();
                List<Object> needs = new ArrayList<>();
                for (RuleBases.NeedSource n : RuleBases.Sketch.needs(lhs)) needs.add(Map.of("type", n.type(), "equals", n.equals()));
                rule.put("needs", needs);
                rule.put("mentions", names(RuleBases.Sketch.mentions(lhs)));
                List<Object> inserts = null;
                if (scan.inserts() != null) {
                    inserts = new ArrayList<>();
                    for (RuleBases.KindSource k : scan.inserts()) inserts.add(Map.of("type", k.type(), "equals", k.equals()));
                }
                rule.put("inserts", inserts);
                rule.put("reports", scan.reports() || r.getMetaData().containsKey("id"));
                rules.add(rule);
            }
            m.put("rules", rules);
            packs.add(m);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("catalog", catalog);
        out.put("packs", packs);
        return out;
    }

    private static List<String> names(java.util.Set<Class<?>> classes) {
        return classes.stream().map(Class::getName).sorted().toList();
    }

    /** What the DRL says of a rule's action: the classes it inserts (null: it inserts what the build cannot tell), and whether it does more. */
    record Scan(List<RuleBases.KindSource> inserts, boolean reports) {
    }

    /**
     * Build step: by package and rule name, what each rule's action inserts, resolved as the DRL's imports do,
     * and whether it does anything else (reports). An insert of anything but a {@code new} object makes
     * its list null: it may insert anything, and every package is then built.
     */
    static Map<String, Map<String, Scan>> scan(RuleFolder rules) {
        Map<String, Map<String, Scan>> out = new TreeMap<>();
        for (RuleFile f : rules.drlFiles()) {
            String text = f.text();
            Matcher p = PACKAGE.matcher(text);
            String name = p.find() ? p.group(1) : "defaultpkg";
            List<String> imports = new ArrayList<>(List.of("java.lang.*", name + ".*"));
            for (Matcher m = IMPORT.matcher(text); m.find(); ) imports.add(m.group(1) + (m.group(2) == null ? "" : ".*"));
            Map<String, Scan> byRule = out.computeIfAbsent(name, k -> new TreeMap<>());
            for (Matcher r = RULE.matcher(text); r.find(); ) {
                String rule = r.group(1) != null ? r.group(1) : r.group(2) != null ? r.group(2) : r.group(3);
                Matcher then = THEN.matcher(r.group(4));
                String action = then.find() ? r.group(4).substring(then.end()) : "";
                byRule.put(rule, scanAction(action, imports, f.displayPath() + " rule \"" + rule + "\""));
            }
        }
        return out;
    }

    private static Scan scanAction(String action, List<String> imports, String where) {
        List<RuleBases.KindSource> kinds = new ArrayList<>();
        StringBuilder rest = new StringBuilder();
        int from = 0;
        Matcher m = INSERT_NEW.matcher(action);
        while (m.find(from)) {
            String resolved = resolve(m.group(1), imports);
            if (resolved == null) throw new IllegalStateException(where + ": cannot tell which class 'new " + m.group(1) + "' inserts; import it");
            rest.append(action, from, m.start());
            // past the insert's closing parenthesis and its semicolon; the constructor's arguments on the way
            int depth = 0;
            int i = action.indexOf('(', m.start());
            int args = m.end();
            List<String> arguments = new ArrayList<>();
            for (; i < action.length(); i++) {
                char c = action.charAt(i);
                if (c == '(') depth++;
                else if (c == ')' && --depth == 0) break;
                else if (c == ')' && depth == 1) {
                    arguments.add(action.substring(args, i).strip());
                } else if (c == ',' && depth == 2) {
                    arguments.add(action.substring(args, i).strip());
                    args = i + 1;
                }
            }
            kinds.add(kind(resolved, arguments));
            from = Math.min(action.length(), i + 1);
            while (from < action.length() && (Character.isWhitespace(action.charAt(from)) || action.charAt(from) == ';')) from++;
        }
        rest.append(action.substring(from));
        boolean unknown = INSERT_ANY.matcher(rest).find();
        boolean more = !rest.toString().replaceAll("(?m)//.*$", "").replaceAll("(?s)/\\*.*?\\*/", "").isBlank();
        return new Scan(unknown ? null : List.copyOf(kinds), more);
    }

    /**
     * What {@code new type(arguments)} inserts: the class, and the record components given a constant (an
     * enum's constant or a text) among the arguments, by the canonical constructor's order.
     */
    private static RuleBases.KindSource kind(String type, List<String> arguments) {
        Map<String, String> equals = new TreeMap<>();
        try {
            Class<?> c = Class.forName(type, false, BundledModel.class.getClassLoader());
            java.lang.reflect.RecordComponent[] parts = c.getRecordComponents();
            if (parts != null && parts.length == arguments.size()) {
                for (int i = 0; i < parts.length; i++) {
                    Matcher m = CONSTANT.matcher(arguments.get(i));
                    if (!m.matches()) continue;
                    String value = m.group(1) != null ? m.group(1) : m.group(2);
                    if (RuleBases.holds(c, parts[i].getName(), value, m.group(1) != null)) equals.put(parts[i].getName(), value);
                }
            }
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("the rules insert " + type + ", which is not on the class path", e);
        }
        return new RuleBases.KindSource(type, equals);
    }

    /** The class a simple or qualified name means under these imports, or null. */
    private static String resolve(String name, List<String> imports) {
        List<String> candidates = new ArrayList<>(List.of(name));
        for (String i : imports) {
            if (i.endsWith(".*")) candidates.add(i.substring(0, i.length() - 1) + name);
            else if (i.endsWith("." + name)) candidates.add(0, i);
        }
        for (String c : candidates) {
            try {
                return Class.forName(c, false, BundledModel.class.getClassLoader()).getName();
            } catch (ClassNotFoundException e) {
                // the next import
            }
        }
        return null;
    }
}
