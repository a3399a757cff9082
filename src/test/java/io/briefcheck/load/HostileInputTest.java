package io.briefcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.model.Influencer;
import io.briefcheck.model.Post;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11: hostile or odd input is refused quickly, at its own place, and never hides its neighbours. */
class HostileInputTest {

    private final Loader loader = new Loader();

    private static Problem only(Document d) {
        assertEquals(1, d.problems().size(), () -> "problems: " + d.problems());
        return d.problems().get(0);
    }

    @Test
    void aliasesOfALongTextAreRefusedAtTheAliasThatGoesOverTheLimit() {
        // the reproducer: one long text, then tens of thousands of aliases of it (here 100k characters x 49,000)
        StringBuilder yaml = new StringBuilder("kind: post\nplatform: instagram\nformat: post\ncaption: \"#ad hi\"\n");
        yaml.append("x: &a \"").append("lol ".repeat(25_000)).append("\"\nframes:\n");
        for (int i = 0; i < 49_000; i++) yaml.append("  - {text: *a}\n");
        List<Document> docs = assertTimeoutPreemptively(Duration.ofSeconds(5), () -> loader.loadText("t.yaml", yaml.toString()));
        Problem p = only(docs.get(0));
        assertEquals(InputRule.LIMIT_EXCEEDED, p.rule());
        assertTrue(p.message().contains("once its aliases (*name) are written out"), p.message());
        // 4 Mi characters hold 40 aliases of 100,000 and the rest: the 41st, on line 6 + 41, goes over
        assertEquals(new Position(47, 12), p.at());
    }

    @Test
    void theExpandedSizeIsCountedForTheWholeFileNotPerDocument() {
        Loader small = new Loader(new Limits(10_000, 40, 50, 1000, 1000));
        String doc = "kind: post\nplatform: instagram\nformat: post\ncaption: \"" + "x".repeat(400) + "\"\n";
        List<Document> docs = small.loadText("t.yaml", doc + "---\n" + doc + "---\n" + doc);
        assertTrue(docs.get(0).problems().isEmpty());
        assertTrue(docs.get(1).problems().isEmpty());
        assertEquals(InputRule.LIMIT_EXCEEDED, only(docs.get(2)).rule());
    }

    /** 30,000 Story frames took seconds to read and analyse; past 10,000 items reading stops with a position. */
    @Test
    void aListOfMoreThanTenThousandItemsIsNotRead() {
        String head = "kind: post\nplatform: instagram\nformat: story\nmarket: US\nconnection: paid\ncaption: hi\nframes:\n";
        StringBuilder frames = new StringBuilder(head);
        for (int i = 0; i < 10_000; i++) frames.append("  - {on_screen_text: \"#ad day ").append(i).append("\"}\n");
        List<Problem> read = loader.loadText("t.yaml", frames.toString()).get(0).problems();
        assertTrue(read.isEmpty(), () -> "10,000 frames are read: " + read);
        frames.append("  - {on_screen_text: \"#ad one more\"}\n  - {on_screen_text: \"#ad and more\"}\n");
        List<Document> docs = loader.loadText("t.yaml", frames + "---\n" + head + "  - {on_screen_text: \"#ad\"}\n");
        Problem p = only(docs.get(0));
        assertEquals(InputRule.LIMIT_EXCEEDED, p.rule());
        assertEquals("This list has more than 10000 items (this is item 10001); the document was not read.", p.message());
        assertEquals(new Position(7 + 10_001, 5), p.at());
        assertTrue(docs.get(1).problems().isEmpty(), "the next document is read");
    }

    @Test
    void aFewAliasesOfShortTextsAreFine() {
        Document d = loader.loadText("t.yaml", """
                kind: post
                platform: instagram
                format: story
                caption: &c "#ad my morning"
                frames:
                  - {on_screen_text: *c}
                  - {on_screen_text: *c}
                """).get(0);
        assertEquals(List.of(), d.problems());
    }

    @Test
    void aWordOfMegabytesIsRefusedBeforeParsing() {
        String yaml = "kind: post\ncaption: \"" + "a".repeat(2_000_000) + "\"\n";
        List<Document> docs = assertTimeoutPreemptively(Duration.ofSeconds(2), () -> loader.loadText("t.yaml", yaml));
        Problem p = only(docs.get(0));
        assertEquals(InputRule.LIMIT_EXCEEDED, p.rule());
        assertEquals(new Position(2, 10), p.at(), "the word starts at the quote");
    }

    @Test
    void aByteThatIsNotUtf8HidesOnlyItsOwnDocument() throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write("kind: post\nid: a\nplatform: instagram\nformat: post\ncaption: \"#ad one\"\n---\r\n".getBytes(StandardCharsets.UTF_8));
        bytes.write("kind: post\r\nid: b\r\ncaption: \"#ad caf".getBytes(StandardCharsets.UTF_8));
        bytes.write(0xE9); // é in Latin-1
        bytes.write("\"\n---\nkind: post\nid: c\nplatform: tiktok\nformat: video\ncaption: \"#ad three ✓\"\n".getBytes(StandardCharsets.UTF_8));
        List<Document> docs = loader.loadBytes("t.yaml", bytes.toByteArray());
        assertEquals(3, docs.size());
        assertEquals("a", docs.get(0).id());
        assertEquals(List.of(), docs.get(0).problems());
        assertNull(docs.get(1).fact());
        Problem p = only(docs.get(1));
        assertEquals(InputRule.YAML_SYNTAX, p.rule());
        assertEquals(new Position(9, 18), p.at());
        assertTrue(p.message().contains("0xE9") && p.message().contains("UTF-8"), p.message());
        assertEquals("c", docs.get(2).id());
        assertEquals(List.of(), docs.get(2).problems());
        assertEquals(new Position(15, 10), docs.get(2).positionOf("caption"));
    }

    @Test
    void aTruncatedCharacterAtTheEndAndAByteOrderMarkArePlacedRight() {
        byte[] head = "\uFEFFkind: post\ncaption: \"ab".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = java.util.Arrays.copyOf(head, head.length + 1);
        bytes[head.length] = (byte) 0xE2; // the first byte of a three-byte character, and then the end
        Problem p = only(loader.loadBytes("t.yaml", bytes).get(0));
        assertEquals(new Position(2, 13), p.at());
    }

    @Test
    void yamlsExtraLineBreaksDoNotShiftPositions() {
        // U+2028, U+2029 and NEL break lines for YAML but not in an editor: positions are the editor's
        String yaml = "kind: post\nid: a\nplatform: instagram\nformat: post\n"
                + "caption: \"one\u2028two\u2029three\u0085four #ad\"\nwat: 1\nmarket: \"US\"\n";
        Document d = loader.loadText("t.yaml", yaml).get(0);
        Problem p = only(d);
        assertEquals(InputRule.UNKNOWN_FIELD, p.rule());
        assertEquals(new Position(6, 1), p.at());
        assertEquals(new Position(7, 9), d.positionOf("market"));
        assertEquals(new Position(5, 10), d.positionOf("caption"));
        String caption = ((Post) d.fact()).caption();
        // a character after the breaks is on line 5 too, or no finer than the value's start: never past the end
        Position tag = d.positionOf("caption", caption.indexOf("#ad"));
        assertEquals(5, tag.line());
        assertTrue(tag.column() <= yaml.split("\n")[4].length(), () -> "column " + tag.column());
    }

    @Test
    void aSyntaxErrorAfterALineSeparatorIsOnTheEditorsLine() {
        String yaml = "kind: post\ncaption: \"a\u2028b\"\nplatform: [instagram\n";
        Problem p = only(loader.loadText("t.yaml", yaml).get(0));
        assertEquals(InputRule.YAML_SYNTAX, p.rule());
        assertEquals(new Position(4, 1), p.at(), "the end of the file, not a line past it");
    }

    @Test
    void countsBeyondRangeAndNonFiniteNumbersAreInvalidValues() {
        Document d = loader.loadText("t.yaml", """
                kind: influencer
                handle: "@sam"
                platform: instagram
                followers: 99999999999999999999
                avg_likes: 9223372036854775807
                avg_comments: 000000000000000000012
                avg_reach: .inf
                """).get(0);
        Influencer i = (Influencer) d.fact();
        assertNull(i.followers());
        assertNull(i.avgLikes());
        assertEquals(12L, i.avgComments());
        assertNull(i.avgReach());
        List<Problem> problems = d.problems();
        assertEquals(3, problems.size(), problems::toString);
        assertTrue(problems.stream().allMatch(p -> p.rule() == InputRule.INVALID_VALUE));
        assertEquals(new Position(4, 12), problems.get(0).at());
        assertTrue(problems.get(0).message().contains("more than briefcheck can count"), problems.get(0).message());
        assertTrue(problems.get(2).message().contains("infinite or not a number"), problems.get(2).message());
    }

    @Test
    void marketCodesMustBeCountries() {
        assertNull(MarketCodes.guess("ZZ"));
        assertEquals("US", MarketCodes.guess("USA"));
        assertEquals("US", MarketCodes.guess("usa"));
        assertEquals("NL", MarketCodes.guess("NLD"));
        assertEquals("UK", MarketCodes.guess("GBR"));
        assertEquals("DE", MarketCodes.guess("Germny"));
        assertEquals("NL", MarketCodes.guess("Holland"));
        for (String ok : List.of("US", "uk", "GB", "EU", "BE", "BR", "NO", "nl")) assertTrue(MarketCodes.valid(ok), ok);
        for (String bad : List.of("USA", "ZZ", "EN", "Germany", "")) assertTrue(!MarketCodes.valid(bad), bad);

        Document d = loader.loadText("t.yaml", """
                kind: post
                platform: instagram
                format: post
                caption: hi
                markets: [US, USA, BE]
                """).get(0);
        Problem p = only(d);
        assertEquals(new Position(5, 15), p.at());
        assertEquals("markets[1]", p.path());
        assertTrue(p.fix().startsWith("Write US."), p.fix());
        assertEquals(List.of("US", "BE"), ((Post) d.fact()).markets());
    }

    @Test
    void duplicateKeysAreSeenByTheSharedReader() {
        List<YamlReader.Raw> raws = new YamlReader(Limits.DEFAULT).read("a: 1\nb: 2\na: 3\n");
        YNode.Mapping root = (YNode.Mapping) raws.get(0).root();
        assertNotNull(root);
        assertEquals(1, root.duplicates().size());
        assertEquals(new Position(3, 1), root.duplicates().get(0).keyAt());
    }
}
