package io.briefcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link Printable} walks every finding's texts with a plain loop; it must escape exactly what the rule in its
 * comment says, code point by code point, including surrogates (a pair is one safe character, a lone one is not).
 */
class PrintableTest {

    /** The definition, written the slow way: each code point escaped when unsafe. */
    private static String expected(String s, boolean keepLines) {
        StringBuilder sb = new StringBuilder();
        s.codePoints().forEach(c -> {
            boolean unsafe = c < 0x20 || (c >= 0x7F && c <= 0x9F) || c == 0x2028 || c == 0x2029
                    || (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || (c >= 0xD800 && c <= 0xDFFF);
            if (keepLines && (c == '\n' || c == '\t')) sb.append((char) c);
            else if (!unsafe) sb.appendCodePoint(c);
            else if (c == '\n') sb.append("\\n");
            else if (c == '\r') sb.append("\\r");
            else if (c == '\t') sb.append("\\t");
            else sb.append(String.format("U+%04X", c));
        });
        return sb.toString();
    }

    @Test
    void escapesWhatTheDefinitionEscapesOnRandomText() {
        char[] pool = {'a', 'Z', ' ', '#', '\n', '\r', '\t', '\u001b', '\u007f', '\u0085', '\u009f', '\u00a0', '\u00e9',
                '\u2028', '\u2029', '\u202a', '\u202e', '\u2066', '\u2069', '\u2070', '\ud83d', '\ude00', '\udc00', '\ud800',
                '\uffff', '\u4e2d'};
        Random random = new Random(42);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder sb = new StringBuilder();
            int length = random.nextInt(12);
            for (int i = 0; i < length; i++) sb.append(pool[random.nextInt(pool.length)]);
            String s = sb.toString();
            assertEquals(expected(s, false), Printable.line(s), () -> "line of " + s.chars().mapToObj(Integer::toHexString).toList());
            assertEquals(expected(s, true), Printable.lines(s), () -> "lines of " + s.chars().mapToObj(Integer::toHexString).toList());
        }
    }

    @Test
    void safeTextIsReturnedAsItIs() {
        String text = "Caf\u00e9 \ud83d\ude00 #ad";
        assertSame(text, Printable.line(text));
    }

    @Test
    void shortensByCodePoints() {
        assertEquals("abc", Printable.shortened("abc", 3));
        assertEquals("ab… (1 more characters; the JSON report has the whole text)", Printable.shortened("abc", 2));
        // four code points in seven chars: not cut at 4, cut at 3 after the pair
        String pairs = "\ud83d\ude00\ud83d\ude00\ud83d\ude00x";
        assertSame(pairs, Printable.shortened(pairs, 4));
        assertEquals("\ud83d\ude00\ud83d\ude00\ud83d\ude00… (1 more characters; the JSON report has the whole text)",
                Printable.shortened(pairs, 3));
    }
}
