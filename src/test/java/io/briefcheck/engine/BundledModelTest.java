package io.briefcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
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

    @Test
    void theModelHasTheSameRulesAndMetadataAsTheDrl() throws Exception {
        KieBase model = BundledModel.load(RuleFolder::bundled);
        assertNotNull(model);
        KieBase drl = RuleCompiler.compile(List.of(RuleFolder.bundled()));
        assertEquals(describe(drl), describe(model));
    }

    @Test
    void rulesChangedAfterTheBuildAreCompiledFromTheirDrl(@TempDir Path dir) throws Exception {
        RuleFolder bundled = RuleFolder.bundled();
        for (RuleFile f : bundled.drlFiles()) {
            Path copy = dir.resolve(f.relativePath());
            Files.createDirectories(copy.getParent());
            Files.writeString(copy, f.text());
        }
        assertNotNull(BundledModel.load(() -> of(dir)), "the same files in another folder are the same rules");
        RuleFile first = bundled.drlFiles().get(0);
        Files.writeString(dir.resolve(first.relativePath()), first.text() + "\n// edited\n");
        assertNull(BundledModel.load(() -> of(dir)));
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

    private static Map<String, String> describe(KieBase base) {
        Map<String, String> out = new TreeMap<>();
        base.getKiePackages().forEach(p -> p.getRules().forEach(r ->
                out.put(p.getName() + " / " + r.getName(), new TreeMap<>(r.getMetaData()).toString())));
        return out;
    }
}
