package io.briefcheck.analysis.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionRewriterTest {

    private final CaptionRewriter rewriter = new CaptionRewriter();

    @Test
    void labelMovesToTheStartAndSpacingIsTidied() {
        String caption = "Love this serum! #skincare #ad #vegan";
        int at = caption.indexOf("#ad");
        assertEquals("#ad Love this serum! #skincare #vegan", rewriter.rewrite(caption, List.<int[]>of(new int[] {at, at + 3}), "#ad"));
    }

    @Test
    void vagueTagIsReplaced() {
        String caption = "Morning glow #spon";
        int at = caption.indexOf("#spon");
        assertEquals("#ad Morning glow", rewriter.rewrite(caption, List.<int[]>of(new int[] {at, at + 5}), "#ad"));
    }

    @Test
    void aCaptionAtInstagramsLimitIsRewrittenWhole() {
        String words = "Slow Sunday with the new serum. ".repeat(68) + "#ad";
        int at = words.indexOf("#ad");
        String out = rewriter.rewrite(words, List.<int[]>of(new int[] {at, at + 3}), "#ad");
        assertEquals("#ad " + words.substring(0, at).strip(), out);
        assertEquals(words.length(), out.length(), "nothing cut: the label moved, spacing tidied");
        assertFalse(out.contains("…"));
    }

    @Test
    void emptyCaptionBecomesTheLabel() {
        assertEquals("#ad", rewriter.rewrite("", List.of(), "#ad"));
    }
}
