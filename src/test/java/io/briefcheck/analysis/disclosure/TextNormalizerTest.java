package io.briefcheck.analysis.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class TextNormalizerTest {

    private final TextNormalizer normalizer = AnalysisTestData.config().normalizer;

    @Test
    void fullWidthAndStyledLettersBecomePlain() {
        assertEquals("#ad Hi", normalizer.normalize("＃ａｄ Hi").text());
        assertEquals("Ad", normalizer.normalize("𝐀𝐝").text());
    }

    @Test
    void zeroWidthCharactersAreDroppedAndOffsetsPointIntoTheOriginal() {
        NormalizedText t = normalizer.normalize("x #a\u200Bd y");
        assertEquals("x #ad y", t.text());
        assertEquals(2, t.originalOffset(2));
        assertEquals(5, t.originalOffset(4)); // "d" sits after the zero-width space
        assertEquals("#a\u200Bd", t.originalSlice(2, 5));
    }

    @Test
    void offsetsSurviveCharactersThatExpand() {
        NormalizedText t = normalizer.normalize("ﬁne #ad"); // the ligature becomes two letters
        assertEquals("fine #ad", t.text());
        assertEquals("#ad", t.originalSlice(5, 8));
    }

    @Test
    void lookalikeLettersAreFoldedOnlyInTheFoldedCopy() {
        NormalizedText t = normalizer.normalize("#\u0430d");
        assertNotEquals("#ad", t.text());
        assertEquals("#ad", t.folded());
    }

    @Test
    void emptyAndNullGiveEmptyText() {
        assertEquals("", normalizer.normalize(null).text());
        assertEquals(0, normalizer.normalize("").originalOffset(0));
    }
}
