package io.briefcheck.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Nfkc} is Java's NFKC, with ASCII text passed through untouched. */
class NfkcTest {

    @Test
    void isJavasNfkcForAnyText() {
        for (String s : List.of("", "tbd", "Volgt nog", "à définir", "ＴＢＤ", "＠maya", "ﬁne", "e\u0301", "\u007f", "\u0080x")) {
            assertEquals(Normalizer.normalize(s, Normalizer.Form.NFKC), Nfkc.of(s), s);
        }
    }

    @Test
    void asciiIsReturnedAsItIs() {
        String text = "See attached ~ 100% #ad";
        assertSame(text, Nfkc.of(text));
        assertTrue(Nfkc.isAscii("\u007f"));
        assertFalse(Nfkc.isAscii("caf\u00e9"));
        assertFalse(Nfkc.isAscii("\u0080"));
    }
}
