package io.briefcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kie.api.KieBase;

/**
 * The bundled rules' executable model (made by the build, see pom.xml) is what a run uses, holds the same
 * rules as their DRL, and is never used for rule files it was not made from. Every rule test then runs on
 * the model, as users do.
 */
class BundledModelTest {

    @Test
    void theBuildMadeAModelOfTheBundledRulesAndTheEngineUsesIt() {
        assertNotNull(BundledModel.load(RuleFolder::bundled),
                "no executable model matches the bundled rules: run 'mvn process-classes' (pom.xml, exec-maven-plugin)");
    }

    /** Not only in a jar: the engine of every rule test is built from the model, as the users' is. */
    @Test
    void theEngineOfTheBundledRulesRunsTheirModel(@TempDir Path dir) throws Exception {
        Engine engine = Engine.build(true, List.of(), List.of());
        for (org.kie.api.definition.rule.Rule rule : engine.rules()) {
            assertTrue(((org.drools.base.definitions.rule.impl.RuleImpl) rule).getConsequence()
                    instanceof org.drools.modelcompiler.consequence.LambdaConsequence, rule.getName() + " runs from DRL");
        }
        Engine drl = Engine.build(false, List.of(copy(RuleFolder.bundled(), dir)), List.of());
        assertFalse(((org.drools.base.definitions.rule.impl.RuleImpl) drl.rules().get(0)).getConsequence()
                instanceof org.drools.modelcompiler.consequence.LambdaConsequence, "a folder of one's own is compiled from DRL");
    }

    /**
     * The model's classes concatenate strings with plain code, not with calls that build method handles on their
     * first run (BundledModel.JAVA_LEVEL): such a call in a brief's rules spun 13 classes at run time.
     */
    @Test
    void theModelsActionsConcatenateWithoutMethodHandles() throws Exception {
        List<String> models = Files.readAllLines(Path.of(BundledModel.class.getResource(BundledModel.INDEX).toURI()));
        Path classes = Path.of(BundledModel.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        int read = 0;
        for (String model : models.subList(1, models.size())) {
            Path pack = classes.resolve(model.substring(0, model.lastIndexOf('.')).replace('.', '/'));
            try (java.util.stream.Stream<Path> files = Files.walk(pack)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                    String bytes = new String(Files.readAllBytes(f), java.nio.charset.StandardCharsets.ISO_8859_1);
                    assertFalse(bytes.contains("makeConcatWithConstants"), f + " concatenates with method handles");
                    read++;
                }
            }
        }
        assertTrue(read > 500, "the model's classes were not found: " + read);
    }

    @Test
    void theModelHasTheSameRulesAndMetadataAsTheDrl() throws Exception {
        RuleBases model = BundledModel.load(RuleFolder::bundled);
        assertNotNull(model);
        KieBase drl = RuleCompiler.compile(List.of(RuleFolder.bundled()));
        assertEquals(describe(drl.getKiePackages()), describe(model.packages()));
    }

    @Test
    void rulesChangedAfterTheBuildAreCompiledFromTheirDrl(@TempDir Path dir) throws Exception {
        RuleFolder bundled = RuleFolder.bundled();
        copy(bundled, dir);
        assertNotNull(BundledModel.load(() -> of(dir)), "the same files in another folder are the same rules");
        RuleFile first = bundled.drlFiles().get(0);
        Files.writeString(dir.resolve(first.relativePath()), first.text() + "\n// edited\n");
        assertNull(BundledModel.load(() -> of(dir)));
    }

    /** The folder's rule files written under {@code dir}, read back as a folder of one's own. */
    private static RuleFolder copy(RuleFolder folder, Path dir) throws java.io.IOException {
        for (RuleFile f : folder.drlFiles()) {
            Path copy = dir.resolve(f.relativePath());
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, f.text());
        }
        return RuleFolder.of(dir);
    }

    @Test
    void theJarListsEveryBundledRuleAndDataFile() throws Exception {
        // from the jar the bundled folder is read by this list (RuleFolder.bundled); here it is walked
        Path list = BundledFolder.locate(RuleFolder.BUNDLED).resolve(RuleFolder.LIST);
        RuleFolder walked = RuleFolder.bundled();
        List<String> expected = new java.util.ArrayList<>();
        walked.drlFiles().forEach(f -> expected.add(f.relativePath()));
        walked.dataFiles().forEach(f -> expected.add(f.relativePath()));
        assertEquals(expected, Files.readAllLines(list));
    }

    private static RuleFolder of(Path dir) {
        try {
            return RuleFolder.of(dir);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Map<String, String> describe(java.util.Collection<? extends org.kie.api.definition.KiePackage> packages) {
        Map<String, String> out = new TreeMap<>();
        packages.forEach(p -> p.getRules().forEach(r ->
                out.put(p.getName() + " / " + r.getName(), new TreeMap<>(r.getMetaData()).toString())));
        return out;
    }
}
