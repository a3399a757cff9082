package io.briefcheck.analysis.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TokenizerTest {

    private final Tokenizer tokenizer = AnalysisTestData.config().tokenizer;

    private List<String> of(String text, Token.Kind kind) {
        return tokenizer.tokens(text).stream().filter(t -> t.kind() == kind).map(Token::text).toList();
    }

    @Test
    void hashtagsAreWholeWords() {
        assertEquals(List.of("#adventure", "#ad", "#made"), of("#adventure #ad, #made", Token.Kind.HASHTAG));
        assertEquals(List.of(), of("mail#ad and C# code", Token.Kind.HASHTAG));
    }

    @Test
    void hashtagOffsetsAreExact() {
        Token t = tokenizer.tokens("Hi ✨ #ad").get(0);
        assertEquals(5, t.start());
        assertEquals(8, t.end());
    }

    @Test
    void mentionsAndUrls() {
        assertEquals(List.of("@glow.botanics"), of("thanks @glow.botanics.", Token.Kind.MENTION));
        assertEquals(List.of("https://glow.example/?ref=tess"), of("see https://glow.example/?ref=tess.", Token.Kind.URL));
        assertEquals(List.of(), of("mail me at tess@glow.example", Token.Kind.MENTION));
    }

    @Test
    void discountCodesNeedACodeLikeWord() {
        assertEquals(List.of("TESS20"), of("Use code TESS20 for 20% off", Token.Kind.DISCOUNT_CODE));
        assertEquals(List.of("GLOW"), of("20% off with GLOW", Token.Kind.DISCOUNT_CODE));
        assertEquals(List.of("NOOR15"), of("met kortingscode: NOOR15", Token.Kind.DISCOUNT_CODE));
        assertEquals(List.of(), of("I wrote code all day", Token.Kind.DISCOUNT_CODE));
    }

    @Test
    void linkInBio() {
        assertEquals(1, of("Link in bio!", Token.Kind.LINK_IN_BIO).size());
        assertEquals(1, of("#linkinbio", Token.Kind.LINK_IN_BIO).size());
    }
}
