package io.briefcheck.engine;

import io.briefcheck.core.RuleLoadException;
import java.io.BufferedReader;
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
import java.util.List;
import java.util.function.Supplier;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * The bundled rules compiled at build time into Drools' executable model: plain Java classes in the jar
 * (packages {@code briefcheck.*}), so a run neither parses DRL nor compiles MVEL, and the class-data
 * archive can hold them. Building the KieBase from them takes about half as long as reading the
 * compiled-rules cache did, and needs no cache.
 * <p>
 * {@link #main} runs in the build (pom.xml, phase process-classes) and writes the classes and
 * {@value #INDEX} (the rules' fingerprint, then the model classes), the list of the bundled files and
 * the snapshot of the bundled data. Outside a jar {@link #load} uses the model only when the fingerprint
 * matches the bundled DRL files it is given, so a rule edited after the build (an IDE run) is compiled
 * from its DRL as before, never judged by a stale model; a jar's model and rules come from one build.
 */
final class BundledModel {

    /** The index of the generated model, a resource beside this class. */
    static final String INDEX = "bundled-model.txt";

    private BundledModel() {
    }

    /** The KieBase of the bundled rules from their executable model, or null when there is none for these files (read only outside a jar). */
    static KieBase load(Supplier<RuleFolder> bundled) {
        try (InputStream in = BundledModel.class.getResourceAsStream(INDEX)) {
            if (in == null) return null;
            List<String> lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList();
            // in a jar the model and the rules were made by the same build; elsewhere the rules may be newer
            if (lines.isEmpty() || (!BundledFolder.packaged() && !lines.get(0).equals(fingerprint(bundled.get())))) return null;
            List<Model> models = new ArrayList<>();
            ClassLoader loader = BundledModel.class.getClassLoader();
            for (String name : lines.subList(1, lines.size())) {
                models.add((Model) Class.forName(name, true, loader).getDeclaredConstructor().newInstance());
            }
            return KieBaseBuilder.createKieBaseFromModel(models);
        } catch (IOException | ReflectiveOperationException | RuntimeException | LinkageError e) {
            return null; // the DRL compiler serves instead
        }
    }

    /** What the model was made from: each DRL file's path in the folder and its text. */
    static String fingerprint(RuleFolder folder) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
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
     * compiles them into the executable model and writes its classes and the index into {@code CLASSES}.
     * The model is not made again when the index already matches the rules.
     */
    public static void main(String[] args) throws IOException {
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
        Path index = classes.resolve(BundledModel.class.getPackageName().replace('.', '/')).resolve(INDEX);
        if (Files.isRegularFile(index) && Files.readAllLines(index).get(0).equals(fingerprint)) return;
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
        Files.createDirectories(index.getParent());
        Files.write(index, lines, StandardCharsets.UTF_8);
        System.out.println("briefcheck: compiled the bundled rules into " + written + " classes (" + (lines.size() - 1)
                + " packages)");
    }
}
