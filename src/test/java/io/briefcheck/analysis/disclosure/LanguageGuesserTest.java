package io.briefcheck.analysis.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class LanguageGuesserTest {

    private final LanguageGuesser guesser = AnalysisTestData.config().languages();

    @Test
    void guessesCommonLanguages() {
        assertEquals("en", guesser.guess("My morning routine with the new serum"));
        assertEquals("nl", guesser.guess("Mijn ochtendroutine met het nieuwe serum"));
        assertEquals("de", guesser.guess("Meine Morgenroutine mit der neuen Creme, ich bin sehr happy"));
    }

    @Test
    void noGuessFromTooLittle() {
        assertNull(guesser.guess("✨ serum"));
        assertNull(guesser.guess(null));
    }
}
