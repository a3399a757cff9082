package io.briefcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.Random;
import org.junit.jupiter.api.Test;

/** FindingText cuts long quotes in messages; it copies a message only when it cuts something. */
class FindingTextTest {

    @Test
    void aLongQuoteIsCutAndTheRestKept() {
        String inner = "x".repeat(FindingText.QUOTE_MAX + 30);
        String text = "Your caption \"" + inner + "\" has no label, and “" + inner + "” neither.";
        String cut = FindingText.shortenQuotes(text);
        assertEquals("Your caption \"" + FindingText.cut(inner, FindingText.QUOTE_MAX) + "\" has no label, and “"
                + FindingText.cut(inner, FindingText.QUOTE_MAX) + "” neither.", cut);
    }

    @Test
    void aMessageWithShortQuotesComesBackAsItIs() {
        String text = "a".repeat(FindingText.QUOTE_MAX) + " \"short\" and an unclosed \" quote";
        assertSame(text, FindingText.shortenQuotes(text));
    }

    /** The same as the character-by-character version it replaced, on seeded random texts full of quotes. */
    @Test
    void cutsAsTheCharacterByCharacterVersionDid() {
        Random random = new Random(12);
        String alphabet = "ab \"“”\"x";
        for (int n = 0; n < 3_000; n++) {
            StringBuilder s = new StringBuilder();
            int length = random.nextInt(1_200);
            int rate = 2 + random.nextInt(150); // one quote or space in this many letters: quotes short and long
            for (int i = 0; i < length; i++) {
                s.append(random.nextInt(rate) == 0 ? alphabet.charAt(random.nextInt(alphabet.length())) : 'a');
            }
            assertEquals(reference(s.toString()), FindingText.shortenQuotes(s.toString()), s::toString);
        }
    }

    private static String reference(String text) {
        if (text.length() <= FindingText.QUOTE_MAX) return text;
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char close = c == '"' ? '"' : c == '“' ? '”' : 0;
            int end = close == 0 ? -1 : text.indexOf(close, i + 1);
            if (end < 0) {
                out.append(c);
                i++;
                continue;
            }
            out.append(c).append(FindingText.cut(text.substring(i + 1, end), FindingText.QUOTE_MAX)).append(close);
            i = end + 1;
        }
        return out.toString();
    }
}
