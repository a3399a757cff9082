package io.briefcheck.engine;

import io.briefcheck.core.RuleLoadException;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Rule data is checked against its schema when the engine is built, at the position in the file at fault. */
class RuleDataSchemaTest {

    @TempDir
    Path dir;

    private List<RuleFolder> withOverride(String file, String yaml) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data").resolve(file), yaml);
        return List.of(RuleFolder.bundled(), RuleFolder.of(dir));
    }

    /** Asserts the problems of the folders' data, each "line:col message" in DIR/data/{@code file}. */
    private void assertProblems(List<RuleFolder> folders, String file, String... expected) {
        String prefix = dir.toString().replace('\\', '/') + "/data/" + file + ":";
        List<String> problems = assertThrows(RuleLoadException.class, () -> RuleData.load(folders, DataSchema.bundled())).problems();
        assertEquals(Arrays.stream(expected).map(p -> prefix + p).toList(), problems);
    }

    /** The same for DIR/data/{@code file} laid over the bundled data. */
    private void assertOverrideProblems(String file, String yaml, String... expected) throws Exception {
        assertProblems(withOverride(file, yaml), file, expected);
    }

    @Test
    void theBundledDataPasses() throws Exception {
        RuleData data = RuleData.load(List.of(RuleFolder.bundled()), DataSchema.bundled());
        assertEquals(5.0, data.number("results.err.exceptional"));
    }

    @Test
    void anOverrideOfTheRightKindPasses() throws Exception {
        RuleData data = RuleData.load(withOverride("results.yaml", "err:\n  solid: 3\n"), DataSchema.bundled());
        assertEquals(3.0, data.number("results.err.solid"));
    }

    @Test
    void aValueOfTheWrongKindIsReportedAtTheValue() throws Exception {
        assertOverrideProblems("results.yaml", "# house benchmarks\nerr:\n  solid: high\n",
                "3:10 err.solid must be a percentage from 0 to 100 without the % sign, such as 2.5, not the text \"high\".");
    }

    @Test
    void aWordYamlReadsAsYesOrNoIsNotText() throws Exception {
        assertOverrideProblems("text.yaml", "placeholders:\n  en: [tbd, no]\n",
                "2:13 placeholders.en[1] must be text (in quotes if it would read as a number or yes/no), not yes/no (no).");
    }

    @Test
    void aMissingRequiredKeyIsReportedAtItsMap() throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/results.yaml"), "# house benchmarks only\n"
                + "err:\n  source: house\n  year: 2026\n  formula: ERR\n  solid: 2\n"
                + "story_completion: {source: house, year: 2026, formula: completion, strong: 70}\n"
                + "ctr: {source: house, year: 2026, formula: CTR}\n");
        assertProblems(List.of(RuleFolder.of(dir)), "results.yaml",
                "2:1 err has no exceptional; add it: a percentage from 0 to 100 without the % sign, such as 2.5.");
    }

    @Test
    void anUnknownKeyIsReportedWithTheKeyItMeant() throws Exception {
        assertOverrideProblems("results.yaml", "err:\n  sollid: 6.0\n",
                "2:3 err.sollid is not a key briefcheck reads, so it changes nothing; did you mean err.solid?");
    }

    @Test
    void anUnknownKeyWithNothingCloseListsTheKeys() throws Exception {
        assertOverrideProblems("results.yaml", "err:\n  colour: red\n",
                "2:3 err.colour is not a key briefcheck reads, so it changes nothing;"
                        + " the keys of err are source, year, formula, solid, exceptional.");
    }

    @Test
    void aMisspeltPlatformIsReported() throws Exception {
        assertOverrideProblems("disclosure.yaml", "fold:\n  instagarm: 125\n",
                "2:3 fold.instagarm: instagarm is not a platform, so it changes nothing; did you mean fold.instagram?");
    }

    @Test
    void ratesAreGivenForTheTiersOfCreators() throws Exception {
        assertOverrideProblems("rates.yaml", "mirco:\n  instagram: {low: 50, high: 400}\n",
                "1:1 mirco: mirco is not a tier nor a key briefcheck reads, so it changes nothing; did you mean micro?");
    }

    @Test
    void renamingTheTiersDoesNotBreakTheBundledRatesOfTheOldOnes() throws Exception {
        List<RuleFolder> folders = withOverride("creators.yaml",
                "tiers:\n  bands:\n    - {name: small, min: 5000}\n    - {name: large, min: 500000}\n");
        assertEquals(2.0, RuleData.load(folders, DataSchema.bundled()).number("rates.far_factor"));
    }

    @Test
    void bandsOutOfOrderAreReportedInTheFileThatBrokeThem() throws Exception {
        // exceptional (5.0) comes from the bundled file; the override's solid broke the order
        assertOverrideProblems("results.yaml", "err:\n  solid: 6\n",
                "2:10 err.solid (6) must be below err.exceptional (5.0): a post can't be solid above exceptional.");
    }

    @Test
    void tierBandsMustRise() throws Exception {
        assertOverrideProblems("creators.yaml",
                "tiers:\n  bands:\n    - {name: nano, min: 1000}\n    - {name: micro, min: 100000}\n    - {name: macro, min: 10000}\n",
                "4:26 tiers.bands[1].min (100000) must be below tiers.bands[2].min (10000): a creator is in the highest"
                        + " band whose min they reach, so list the bands from the smallest min up.");
    }

    @Test
    void aFeeRangeRunsFromLowToHighAndItsFarFactorWidensIt() throws Exception {
        assertOverrideProblems("rates.yaml", "far_factor: 0.5\nmicro:\n  instagram: {low: 100, high: 50}\n",
                "3:20 micro.instagram.low (100) must be below micro.instagram.high (50): the typical fee runs from low up to high.",
                "1:13 far_factor (0.5) must be at least 1: a fee is far off when below low / far_factor or above"
                        + " high × far_factor, so a factor under 1 would flag fees inside the range.");
    }

    @Test
    void aMisspeltDataFileIsReportedWhenNoRuleReadsIt() throws Exception {
        assertOverrideProblems("result.yaml", "err:\n  solid: 6\n",
                "1:1 no rule reads result.yaml, so it changes nothing; did you mean results.yaml?");
    }

    @Test
    void aKeyWrittenTwiceIsReported() throws Exception {
        assertOverrideProblems("results.yaml", "err:\n  solid: 3\n  exceptional: 8\n  solid: 4\n",
                "4:3 err.solid is written twice (first on line 2); keep one.");
    }

    @Test
    void aPatternJavaCannotReadIsReported() throws Exception {
        assertOverrideProblems("disclosure.yaml", "claim_triggers: [\"clinically (proven\"]\n",
                "1:18 claim_triggers[0] is not a regular expression Java can read: Unclosed group (at character 19).");
    }
}
