package io.briefcheck.analysis.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class CaptionAnalyzerTest {

    private final DisclosureConfig cfg = AnalysisTestData.config();

    private PlacedLabel first(String caption, Integer fold) {
        return first(caption, fold == null ? Fold.NONE : new Fold(fold, null, 60));
    }

    private PlacedLabel first(String caption, Fold fold) {
        NormalizedText t = cfg.normalizer.normalize(caption);
        List<Token> tokens = cfg.tokenizer.tokens(t.text());
        List<Token> hashtags = tokens.stream().filter(k -> k.kind() == Token.Kind.HASHTAG).toList();
        List<LabelMatch> labels = cfg.vocabulary("US").find(t, List.of(), hashtags);
        return cfg.captions.place(t, tokens, labels, fold).get(0);
    }

    @Test
    void emojiAndPunctuationBeforeTheLabelStillCountAsTheStart() {
        assertTrue(first("✨🌞 #ad Morning", 125).atStart());
        assertTrue(first("\n\n(#ad) Morning", 125).atStart());
        assertFalse(first("Morning #ad", 125).atStart());
    }

    @Test
    void foldIsCountedInVisibleCharacters() {
        String emoji = "😀".repeat(124);
        assertTrue(first(emoji + "#ad", 125).aboveFold(), "124 emoji are 124 characters, not 248");
        assertFalse(first(emoji + "xx #ad", 125).aboveFold());
        assertTrue(first("x".repeat(500) + " #ad", Fold.NONE).aboveFold(), "no fold: everything shows");
    }

    @Test
    void foldIsCountedInDisplayLinesToo() {
        Fold instagram = new Fold(125, 2, 60);
        assertFalse(first("Sunday reset with the fig and cedar candle and a very long walk along the canal this morning\n#ad", instagram)
                .aboveFold(), "the first line wraps onto a second display line, so #ad starts on the third");
        assertTrue(first("Sunday reset 🕯️\n#ad with @hazelandpine", instagram).aboveFold());
        assertFalse(first("Three stretches\nfull routine below\n#sponsored", new Fold(150, 2, 60)).aboveFold(),
                "a line break starts a new display line");
        assertTrue(first("Three stretches\nfull routine below\n#sponsored", new Fold(150, null, 60)).aboveFold(),
                "without a line limit only characters count");
    }

    @Test
    void runsAndClosingBlock() {
        PlacedLabel p = first("Love it #skincare #glow #ad #vegan", 125);
        assertEquals(4, p.runLength());
        assertEquals(2, p.runIndex());
        assertTrue(p.inClosingBlock());
        PlacedLabel q = first("#ad #skincare #glow", 125);
        assertEquals(0, q.runIndex());
        assertFalse(q.inClosingBlock(), "a caption of only hashtags has no closing block");
        assertFalse(first("Love it! #ad", 125).inClosingBlock(), "one hashtag is not a block");
    }
}
