package io.briefcheck.analysis.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class VocabularyTest {

    private final DisclosureConfig cfg = AnalysisTestData.config();

    private List<LabelMatch> find(String market, String text, String brand) {
        NormalizedText t = cfg.normalizer.normalize(text);
        List<Token> hashtags = cfg.tokenizer.tokens(t.text()).stream().filter(k -> k.kind() == Token.Kind.HASHTAG).toList();
        return cfg.vocabulary(market).find(t, brand, hashtags);
    }

    private String kinds(String market, String text) {
        return String.join(",", find(market, text, "Glow Botanics").stream()
                .map(m -> (m.lookalike() ? "lookalike-" : "") + m.kind().code()).toList());
    }

    @Test
    void wordBoundariesKeepLookalikeWordsOut() {
        assertEquals("", kinds("US", "#adventure #adidas #adorable #made bad loaded Adam"));
        assertEquals("", kinds("US", "I saw an ad for this yesterday"));
        assertEquals("", kinds("US", "Ad-free weekend\nAdding this to my routine"));
    }

    @Test
    void theUsualAdForms() {
        assertEquals("accepted", kinds("US", "#ad"));
        assertEquals("accepted", kinds("US", "#AD"));
        assertEquals("accepted", kinds("US", "Ad | my routine"));
        assertEquals("accepted", kinds("US", "Ad: my routine"));
        assertEquals("accepted", kinds("US", "my routine [ad]"));
        assertEquals("accepted", kinds("US", "✨ AD - my routine"));
        assertEquals("accepted", kinds("US", "Paid partnership with Glow Botanics"));
        assertEquals("accepted", kinds("US", "#GlowBotanicsPartner"));
        assertEquals("accepted", kinds("US", "#glowAmbassador"));
    }

    @Test
    void brandHashtagsMustNameTheBrand() {
        assertEquals("vague", kinds("US", "#partner"));
        assertEquals("", kinds("US", "#nikepartner"));
    }

    @Test
    void brandHashtagsIgnoreAccentsAndSpaces() {
        assertEquals("accepted", String.join(",", find("US", "#CafeLunePartner", "Café Lune").stream().map(m -> m.kind().code()).toList()));
        assertEquals("accepted", String.join(",", find("US", "#CaféLuneAmbassador", "Cafe Lune").stream().map(m -> m.kind().code()).toList()));
    }

    @Test
    void marketsDisagree() {
        assertEquals("vague", kinds("US", "#spon"));
        assertEquals("rejected", kinds("UK", "#spon"));
        assertEquals("accepted", kinds("NL", "#spon"));
        assertEquals("accepted", kinds("US", "#sponsored"));
        assertEquals("rejected", kinds("UK", "#sponsored"));
    }

    @Test
    void longerPhraseWins() {
        List<LabelMatch> m = find("UK", "Sponsored by Glow", "Glow");
        assertEquals(1, m.size());
        assertEquals("sponsored by", m.get(0).entry());
    }

    @Test
    void lookalikeSpellingIsFoundButMarked() {
        List<LabelMatch> m = find("US", "#\u0430d my routine", null);
        assertEquals(1, m.size());
        assertTrue(m.get(0).lookalike());
    }

    @Test
    void unknownMarketsReadLikeTheUs() {
        assertEquals("vague", kinds("BR", "#spon"));
    }

    @Test
    void thousandsOfBrandsKeepTheCompiledPatternsBoundedAndStillMatchTheirOwnBrand() {
        // `serve` runs for days and meets a new brand with every brief: the cache must not grow with them
        Vocabulary us = cfg.vocabulary("US");
        for (int i = 0; i < 5_000; i++) {
            String text = "Thanks Brand " + i + " for the serum, I work for Brand " + i;
            List<LabelMatch> own = find("US", text, "Brand " + i);
            assertEquals(List.of("thanks {brand}", "i work for {brand}"), own.stream().map(LabelMatch::entry).toList(), text);
            assertEquals("Thanks Brand " + i, text.substring(own.get(0).start(), own.get(0).end()));
            assertEquals(List.of(), find("US", text, "Brand " + (i + 1)), "another brand's name is no label for this one");
            assertTrue(us.cachedPatterns() <= Vocabulary.MAX_PATTERNS, () -> us.cachedPatterns() + " patterns kept");
        }
    }

    @Test
    void madeUpMarketCodesShareTheDefaultVocabulary() {
        for (int i = 0; i < 1_000; i++) assertSame(cfg.vocabulary("US"), cfg.vocabulary("X" + i));
        assertNotSame(cfg.vocabulary("US"), cfg.vocabulary("NL"));
    }

    @Test
    void dutchAndGermanLabels() {
        assertEquals("accepted", kinds("NL", "Betaald partnerschap met Glow Botanics"));
        assertEquals("accepted", kinds("NL", "Gekregen van @glowbotanics"));
        assertEquals("vague", kinds("NL", "#samenwerking"));
        assertEquals("accepted", kinds("US", "#werbung"));
    }

    /** "…" stands for any words within one sentence: Dutch splits "opsturen" around its object. */
    @Test
    void aGapSpansTheWordsOfOneSentence() {
        Vocabulary v = Vocabulary.of(java.util.Map.of("accepted", java.util.Map.of("nl", List.of("{brand} stuurde me … op"))));
        java.util.function.Function<String, String> found = text -> {
            NormalizedText t = cfg.normalizer.normalize(text);
            return String.join("|", v.find(t, "Lumina", List.of()).stream().map(m -> text.substring(m.start(), m.end())).toList());
        };
        assertEquals("Lumina stuurde me deze lamp kosteloos op",
                found.apply("Goed om te weten: Lumina stuurde me deze lamp kosteloos op en ik mocht hem testen."));
        assertEquals("@lumina stuurde me op", found.apply("@lumina stuurde me op"));
        assertEquals("", found.apply("Lumina stuurde me een lamp. Die staat nu op tafel."), "not across a sentence end");
        assertEquals("", found.apply("Lumina stuurde me\nde lamp op"), "not across a line break");
        assertEquals("", found.apply("Lumina stuurde mee, toen op vakantie"), "whole words before the gap");
        assertEquals("", found.apply("Lumina stuurde me een lampoptie"), "whole words after the gap");
    }

    @Test
    void aNegationWinsOverTheLabelInsideIt() {
        assertEquals("rejected", kinds("US", "This is NOT sponsored, I just love it."));
        assertEquals("rejected", kinds("US", "not sponsored by anyone"));
        assertEquals("rejected", kinds("US", "#notsponsored"));
        assertEquals("rejected", kinds("US", "I was not paid to make this"));
        assertEquals("rejected", kinds("US", "Not an ad, just my routine"));
        assertEquals("accepted", kinds("US", "This stream is sponsored, thanks for watching"));
        assertEquals("rejected,accepted", kinds("US", "Non-sponsored? No: sponsored by Glow Botanics"));
    }
}
