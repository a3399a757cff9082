package io.briefcheck;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rooms of the code (docs/architecture.md): no package cycles, and each room only uses the ones
 * below it. Also the one convention inference rules depend on.
 */
class ArchitectureTest {

    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("io.briefcheck");

    @Test
    void packagesHaveNoCycles() {
        slices().matching("io.briefcheck.(*)..").should().beFreeOfCycles().check(MAIN);
    }

    @Test
    void lowerRoomsDoNotReachUp() {
        noClasses().that().resideInAnyPackage("io.briefcheck.model..", "io.briefcheck.load..")
                .should().dependOnClassesThat().resideInAnyPackage("io.briefcheck.core..", "io.briefcheck.engine..",
                        "io.briefcheck.analysis..", "io.briefcheck.policy..", "io.briefcheck.report..",
                        "io.briefcheck.check..", "io.briefcheck.cli..", "io.briefcheck.web..")
                .check(MAIN);
        noClasses().that().resideInAnyPackage("io.briefcheck.core..", "io.briefcheck.engine..",
                        "io.briefcheck.analysis..", "io.briefcheck.policy..", "io.briefcheck.report..")
                .should().dependOnClassesThat().resideInAnyPackage("io.briefcheck.check..", "io.briefcheck.cli..",
                        "io.briefcheck.web..")
                .check(MAIN);
        noClasses().that().resideInAPackage("io.briefcheck.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("io.briefcheck.analysis..", "io.briefcheck.policy..",
                        "io.briefcheck.report..")
                .check(MAIN);
        noClasses().that().resideInAPackage("io.briefcheck.report..")
                .should().dependOnClassesThat().resideInAnyPackage("io.briefcheck.load..", "io.briefcheck.engine..")
                .check(MAIN);
        // media reads pictures for analysis and knows nothing of rules, documents or reports
        noClasses().that().resideInAPackage("io.briefcheck.media..")
                .should().dependOnClassesThat().resideInAnyPackage("io.briefcheck.load..", "io.briefcheck.engine..",
                        "io.briefcheck.analysis..", "io.briefcheck.policy..", "io.briefcheck.report..",
                        "io.briefcheck.check..", "io.briefcheck.cli..", "io.briefcheck.web..")
                .check(MAIN);
    }

    /**
     * A rule that concludes a fact ({@code @infers}) must settle before rules that count or negate that
     * fact fire: it carries a salience above the default, and reports nothing itself.
     */
    @Test
    void inferenceRulesCarrySalienceAndReportNothing() throws IOException {
        Pattern rule = Pattern.compile("(?s)\\nrule \"([^\"]+)\"(.*?)\\nend\\b");
        List<String> wrong = new ArrayList<>();
        int inference = 0;
        try (Stream<Path> files = Files.walk(Path.of("rules"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".drl")).sorted().toList()) {
                Matcher m = rule.matcher(Files.readString(f));
                while (m.find()) {
                    String body = m.group(2);
                    if (!body.contains("@infers(")) continue;
                    inference++;
                    if (!body.matches("(?s).*@infers\\(\"\\w+\"\\)\\s+salience\\s+[1-9]\\d*.*")) wrong.add(f + ": \"" + m.group(1) + "\" has no salience");
                    if (body.contains("findings.report") || body.contains("@id(")) wrong.add(f + ": \"" + m.group(1) + "\" reports");
                    if (!body.contains("insertLogical(")) wrong.add(f + ": \"" + m.group(1) + "\" concludes nothing");
                }
            }
        }
        assertTrue(inference >= 6, "found only " + inference + " inference rules: the scan is broken");
        assertEquals(List.of(), wrong);
    }
}
