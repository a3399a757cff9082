package io.briefcheck.analysis.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ClaimDetectorTest {

    private final ClaimDetector claims = AnalysisTestData.config().claims();

    private List<String> triggers(String text) {
        return claims.find(text).stream().map(ClaimDetector.Found::trigger).toList();
    }

    @Test
    void objectiveClaimsAreFound() {
        assertEquals(List.of("Clinically proven"), triggers("Clinically proven to fade spots."));
        assertEquals(List.of("#1 selling"), triggers("The #1 selling serum in the US"));
        assertEquals(List.of("Results guaranteed"), triggers("Results guaranteed!"));
        assertEquals(List.of("heals acne"), triggers("It heals acne overnight"));
        assertEquals(List.of("lose 3 kg in 7 days"), triggers("You will lose 3 kg in 7 days"));
        assertEquals(List.of("93% of women"), triggers("93% of women saw brighter skin"));
    }

    @Test
    void earningsAndInvestmentClaimsAreFound() {
        assertEquals(List.of("earn $300 a day"), triggers("I earn $300 a day with this app, no experience needed"));
        assertEquals(List.of("average £800 extra a month"), triggers("My matched-betting course members average £800 extra a month 💸"));
        assertEquals(List.of("made me $5,000"), triggers("This course made me $5,000 in my first month"));
        assertEquals(List.of("€500 profit"), triggers("€500 profit in week one"));
        assertEquals(List.of("12% annual returns"), triggers("Up to 12% annual returns on your savings"));
        assertEquals(List.of("Consistently profitable", "passive income"), triggers("Consistently profitable trades, real passive income"));
    }

    @Test
    void pricesAndSpendingAreNotEarnings() {
        assertEquals(List.of(), triggers("Membership is £9.99 a month, cancel any time"));
        assertEquals(List.of(), triggers("I made this whole outfit for $40"));
        assertEquals(List.of(), triggers("Save 20% with code FIG20"));
    }

    @Test
    void discountsAndOpinionsAreNotClaims() {
        assertEquals(List.of(), triggers("20% off with code TESS20"));
        assertEquals(List.of(), triggers("My skin feels smoother after three weeks"));
        assertEquals(List.of(), triggers("#10yearchallenge #1stday"));
        assertEquals(List.of(), triggers("Treat yourself, I'm your #1 fan and this is my number one serum"));
    }

    @Test
    void aBriefClaimWithTheSameWordsCoversIt() {
        ClaimDetector.Found f = claims.find("Clinically proven to reduce redness").get(0);
        assertTrue(claims.covered(f, List.of("Clinically proven to reduce redness")));
        assertFalse(claims.covered(f, List.of("Brightens skin in 4 weeks")));
        assertTrue(ClaimDetector.matches("brightens skin in 4 weeks!", List.of("Brightens skin in 4 weeks")));
    }

    /**
     * Small letters find what case folding finds: every line of every YAML file in the repository (briefs,
     * fixtures, decisions), as written, in capitals and in mixed case, plus letters whose case is unusual.
     */
    @Test
    void smallLettersFindWhatCaseFoldingFinds() throws IOException {
        List<String> texts = new ArrayList<>(List.of("CLINICALLY PROVEN", "İstanbul: 93% OF WOMEN saw it",
                "ＣＬＩＮＩＣＡＬＬＹ proven", "Ǆ ǅ ǆ 100% NATUURLIJK", "ﬁ ﬂ WETENSCHAPPELIJK BEWEZEN", "Σίσυφος 20% MORE", "UNCLINICALLY PROVEN, xclinically proven"));
        for (String folder : List.of("briefs", "src/test/resources", "rules")) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                for (Path f : files.filter(p -> p.toString().endsWith(".yaml")).toList()) {
                    for (String line : Files.readAllLines(f)) {
                        texts.add(line);
                        texts.add(line.toUpperCase(Locale.ROOT));
                    }
                }
            }
        }
        int found = 0;
        for (String t : texts) {
            List<ClaimDetector.Found> folded = claims.find(t, true);
            assertEquals(folded, claims.find(t, false), t);
            found += folded.size();
        }
        assertTrue(found > 100, "the texts hold claims to compare: " + found);
    }

    @Test
    void escapesAndFlagsKeepTheirCase() {
        assertEquals("(?U)\\p{Lu}\\D\\x{4A}\\cA é [a-z] \\pL", ClaimDetector.smallLetters("(?U)\\p{Lu}\\D\\x{4A}\\cA É [A-Z] \\pL"));
    }
}
