package io.briefcheck.analysis.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.load.Loader;
import io.briefcheck.model.Post;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a post says about a gift or its own brand, and whether it names the brand. */
class ConnectionStatementsTest {

    private final DisclosureConfig cfg = AnalysisTestData.config();

    /** Where the post with these fields names one of {@code names}, or null. */
    private BrandNamed named(String fields, List<String> names) {
        Post p = post(fields);
        return cfg.brands.find(p, PostText.of(p, PostText.Reader.of(cfg.normalizer, cfg.tokenizer)), names);
    }

    private static Post post(String fields) {
        String yaml = "kind: post\nplatform: instagram\nformat: post\n" + fields;
        return (Post) new Loader().loadBytes("p.yaml", yaml.getBytes(StandardCharsets.UTF_8)).get(0).fact();
    }

    /** "about:text:upfront" for each statement, in order. */
    private String statements(String fields, String brand) {
        return String.join(", ", cfg.statements().find(post(fields), PostText.of(post(fields), PostText.Reader.of(cfg.normalizer, cfg.tokenizer)), brand, new Fold(125, null, 60)).stream()
                .map(s -> s.about().code() + ":" + s.text() + (s.upfront() ? "" : ":late")).toList());
    }

    @Test
    void giftsAndOwnBrands() {
        assertEquals("gifted:#gifted", statements("caption: \"#gifted A parcel from a tiny studio\"\n", null));
        assertEquals("gifted:PR product", statements("caption: \"PR product from @hazelandpine, lovely\"\n", null));
        assertEquals("owner:My own shop", statements("caption: \"Ad | My own shop: aprons are live\"\n", null));
        assertEquals("owner:I founded Fernleaf Tea", statements("caption: \"I founded Fernleaf Tea in 2019\"\n", "Fernleaf Tea"));
    }

    @Test
    void negationsAndLookAlikeWordsAreNoStatements() {
        assertEquals("", statements("caption: \"My brand new apron, not gifted\"\n", null));
        assertEquals("", statements("caption: \"Proud of my #giftedkids\"\n", null));
    }

    @Test
    void anOwnershipHashtagAtTheEndIsNotUpfront() {
        assertEquals("owner:#myshop:late", statements("caption: \"Aprons are live #sewing #aprons #myshop\"\n", null));
    }

    @Test
    void framesAndSpeech() {
        String story = "format: story\ncaption: \"\"\nframes:\n  - {on_screen_text: \"Gifted by @fern\"}\n"
                + "  - {on_screen_text: \"#gifted\", legible: false}\n";
        assertEquals("gifted:Gifted by", statements(story, null));
        String video = "format: reel\ncaption: \"\"\nvideo:\n  transcript:\n    - {at: \"0:40\", text: \"This is my own brand\"}\n";
        assertEquals("owner:my own brand:late", statements(video, null));
        String shown = "format: reel\ncaption: \"\"\nvideo:\n  on_screen_text:\n    - {at: \"0:02\", until: \"0:06\", text: \"My own shop\"}\n";
        assertEquals("owner:My own shop", statements(shown, null));
    }

    @Test
    void theBrandIsNamedByNameHashtagMentionOrLink() {
        List<String> brand = Arrays.asList("Thistle & Co", null);
        assertEquals("caption", named("caption: \"Coats from thistle and co\"\n", brand).path());
        assertEquals("caption", named("caption: \"#ad @thistleandco\"\n", brand).path());
        assertEquals("caption", named("caption: \"#ThistleAndCoPartner\"\n", brand).path());
        assertEquals("caption", named("caption: \"#ad @kestrel\"\n", List.of("Kestrel Bikes")).path());
        assertNull(named("caption: \"#sponsored Three myths about seed oils\"\n", brand));
        assertNull(named("caption: \"#ad @glowbotanics and @co\"\n", brand));
        assertNull(named("caption: \"#ad\"\n", Arrays.asList(null, null)));
    }

    /** One test of "does this text name the brand", for video cues and giveaways alike: a name, its tag, or any @mention. */
    @Test
    void aTextNamesTheBrandByNameTagOrAnyMention() {
        List<String> brand = List.of("Dennenduin");
        assertTrue(names("Kijk, Dennenduin heeft me dit kussen opgestuurd", brand));
        assertTrue(names("#dennenduinpartner", brand));
        assertTrue(names("Win a set from @kleistudio_noord", brand), "any @mention reads as the brand, as {brand} does");
        assertFalse(names("dit hebben ze me toegestuurd", brand));
        assertFalse(names("mail me at tess@example.com", List.of()), "an e-mail address is no mention");
    }

    private boolean names(String text, List<String> brand) {
        return cfg.brands.names(text, cfg.tokenizer.tokens(text), brand);
    }
}
