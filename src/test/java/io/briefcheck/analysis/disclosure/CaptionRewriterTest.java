package io.briefcheck.analysis.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionRewriterTest {

    private final CaptionRewriter rewriter = new CaptionRewriter(220);

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
    void longCaptionsAreShortened() {
        String out = rewriter.rewrite("x".repeat(2200), List.of(), "#ad");
        assertTrue(out.endsWith("…"));
        assertEquals(221, out.codePointCount(0, out.length()));
    }

    @Test
    void emptyCaptionBecomesTheLabel() {
        assertEquals("#ad", rewriter.rewrite("", List.of(), "#ad"));
    }
}
