package io.briefcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.model.Brief;
import io.briefcheck.model.Kind;
import io.briefcheck.model.Post;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class LoaderTest {

    private final Loader loader = new Loader();

    private List<Document> load(String yaml) {
        return loader.loadText("t.yaml", yaml);
    }

    private static Problem only(Document d) {
        assertEquals(1, d.problems().size(), () -> "problems: " + d.problems());
        return d.problems().get(0);
    }

    @Test
    void aBrokenDocumentDoesNotHideItsNeighbours() {
        List<Document> docs = load("""
                kind: post
                id: a
                platform: instagram
                format: post
                caption: "#ad one"
                ---
                kind: post
                caption: Ad: broken
                ---
                kind: post
                id: c
                platform: tiktok
                format: video
                caption: "#ad three"
                """);
        assertEquals(3, docs.size());
        assertEquals("a", docs.get(0).id());
        assertNull(docs.get(1).fact());
        Problem p = only(docs.get(1));
        assertEquals(InputRule.YAML_SYNTAX, p.rule());
        assertEquals(8, p.at().line());
        assertEquals("c", docs.get(2).id());
        assertEquals(2, docs.get(2).index());
        assertEquals(11, docs.get(2).positionOf("id").line());
    }

    @Test
    void positionsPointAtValuesAndMissingFieldsAtTheirSection() {
        Document d = load("""
                kind: brief
                brand:
                  name: Acme
                campaign:
                  name: Spring
                  start: 2027-03-01
                """).get(0);
        Brief b = (Brief) d.fact();
        assertEquals("Acme", b.brand().name());
        assertEquals(new Position(3, 9), d.positionOf("brand.name"));
        assertEquals(new Position(6, 10), d.positionOf("campaign.start"));
        assertEquals(new Position(4, 1), d.positionOf("campaign.end"), "absent field -> its section's key");
        assertEquals(new Position(1, 1), d.positionOf("audience.description"), "absent section -> document start");
    }

    @Test
    void crlfAndByteOrderMarkKeepLinesRight() {
        byte[] bytes = "\uFEFFkind: post\r\nplatform: instagram\r\nformat: post\r\ncaption: x\r\nwat: 1\r\n"
                .getBytes(StandardCharsets.UTF_8);
        Document d = loader.loadBytes("t.yaml", bytes).get(0);
        Problem p = only(d);
        assertEquals(InputRule.UNKNOWN_FIELD, p.rule());
        assertEquals(new Position(5, 1), p.at());
    }

    /** A brief with {@code levels} anchored lists, each holding {@code width} aliases of the one before. */
    private static String aliasBomb(int width, int levels) {
        StringBuilder sb = new StringBuilder("kind: brief\nbrand: {name: x}\nl0: &l0 [lol]\n");
        for (int i = 1; i <= levels; i++) {
            sb.append("l").append(i).append(": &l").append(i).append(" [");
            for (int j = 0; j < width; j++) sb.append(j == 0 ? "" : ", ").append("*l").append(i - 1);
            sb.append("]\n");
        }
        return sb.toString();
    }

    @Test
    void aBillionLaughsFileIsRefused() {
        Document d = load(aliasBomb(10, 9)).get(0);
        assertNull(d.fact());
        assertEquals(InputRule.LIMIT_EXCEEDED, only(d).rule());
    }

    @Test
    void aliasesUnderTheAliasLimitStillCannotExpandWithoutBound() {
        // 5 aliases x 9 levels stays under the alias limit but would expand to about 2 million values
        // (the limit on characters would stop it too: it is lifted here to see the limit on values)
        Limits values = new Limits(Limits.DEFAULT.maxFileBytes(), 40, 50, 100_000, Long.MAX_VALUE);
        Document d = new Loader(values).loadText("t.yaml", aliasBomb(5, 9)).get(0);
        assertNull(d.fact());
        assertEquals(InputRule.LIMIT_EXCEEDED, only(d).rule());
        assertTrue(only(d).message().contains("expands to more than"), only(d).message());
    }

    @Test
    void aRecursiveAliasIsRefused() {
        Document d = load("kind: brief\nbrand: {name: x}\nloop: &loop [*loop]\n").get(0);
        assertNull(d.fact());
        assertTrue(List.of(InputRule.LIMIT_EXCEEDED, InputRule.YAML_SYNTAX).contains(only(d).rule()));
    }

    @Test
    void deepNestingIsRefused() {
        String deep = "[".repeat(500) + "]".repeat(500);
        Document d = load("kind: brief\nbrand: {name: x}\nx: " + deep + "\n").get(0);
        assertEquals(InputRule.LIMIT_EXCEEDED, only(d).rule());
    }

    @Test
    void aFileOverTheSizeLimitIsOneErrorDocument() {
        Loader small = new Loader(new Limits(100, 40, 50, 1000));
        List<Document> docs = small.loadBytes("big.yaml", ("kind: post\ncaption: \"" + "x".repeat(200) + "\"\n")
                .getBytes(StandardCharsets.UTF_8));
        // loadBytes is given the bytes already; the size limit applies to files and streams
        assertEquals(1, docs.size());
        List<Document> fromStream = assertDoesNotThrow(() -> small.loadStream("<stdin>",
                new ByteArrayInputStream(new byte[500])));
        assertEquals(InputRule.LIMIT_EXCEEDED, only(fromStream.get(0)).rule());
    }

    private static <T> T assertDoesNotThrow(org.junit.jupiter.api.function.ThrowingSupplier<T> s) {
        return org.junit.jupiter.api.Assertions.assertDoesNotThrow(s);
    }

    @Test
    void emptyAndCommentOnlyFilesAreStillReported() {
        List<Document> docs = load("# nothing here\n\n");
        assertEquals(1, docs.size());
        assertEquals(InputRule.UNKNOWN_KIND, only(docs.get(0)).rule());
    }

    @Test
    void invalidUtf8IsAClearError() {
        Document d = loader.loadBytes("t.yaml", new byte[] {'k', ':', ' ', (byte) 0xC3, (byte) 0x28, '\n'}).get(0);
        assertEquals(InputRule.YAML_SYNTAX, only(d).rule());
        assertTrue(only(d).message().contains("UTF-8"));
    }

    @Test
    void aFieldWrittenTwiceIsReported() {
        Document d = load("kind: post\nplatform: instagram\nformat: post\ncaption: a\ncaption: b\n").get(0);
        Problem p = only(d);
        assertEquals(InputRule.INVALID_VALUE, p.rule());
        assertEquals(5, p.at().line());
        assertEquals("a", ((Post) d.fact()).caption());
    }

    @Test
    void aDateInAnotherOrderSaysWhatToWriteWhereItStands() {
        Document d = load("""
                kind: brief
                brand: {name: Acme}
                campaign:
                  start: 01-12-2026
                  end:   "12/01/2026"
                deliverables:
                  - {platform: instagram, format: reel, due: 13.01.2027}
                  - {platform: instagram, format: reel, due: 2027/1/5}
                  - {platform: instagram, format: reel, due: 31/02/2027}
                """).get(0);
        List<Problem> problems = d.problems();
        assertEquals(5, problems.size(), () -> "problems: " + problems);
        for (Problem p : problems) assertEquals(InputRule.INVALID_VALUE, p.rule());

        Problem dashes = problems.get(0);
        assertEquals(new Position(4, 10), dashes.at());
        assertEquals("campaign.start", dashes.path());
        assertEquals("'start' is \"01-12-2026\", which could be 1 December 2026 (day-month-year) or 12 January 2026"
                + " (month-day-year); write it as 2026-12-01 or 2026-01-12, whichever is meant.", dashes.message());
        assertEquals("Write dates as year-month-day: 2026-12-01 for 1 December 2026, 2026-01-12 for 12 January 2026.",
                dashes.fix());

        Problem slashes = problems.get(1);
        assertEquals(new Position(5, 10), slashes.at());
        assertTrue(slashes.message().endsWith("\"12/01/2026\", which could be 1 December 2026 (month/day/year) or"
                + " 12 January 2026 (day/month/year); write it as 2026-12-01 or 2026-01-12, whichever is meant."), slashes.message());

        Problem dots = problems.get(2);
        assertEquals(new Position(7, 46), dots.at());
        assertEquals("deliverables[0].due", dots.path());
        assertEquals("'due' is \"13.01.2027\", which reads as 13 January 2027 (day.month.year); write it as 2027-01-13.",
                dots.message());
        assertEquals("Write dates as year-month-day: 2027-01-13.", dots.fix());

        assertEquals("'due' is \"2027/1/5\", which reads as 5 January 2027; write it as 2027-01-05.", problems.get(3).message());
        assertEquals("'due' is \"31/02/2027\", which is not a real date.", problems.get(4).message());
    }

    @Test
    void norwayStaysAMarketAndYesStaysText() {
        Document d = load("kind: post\nplatform: instagram\nformat: post\ncaption: yes\nmarkets: [NO, NL]\n").get(0);
        Post p = (Post) d.fact();
        assertEquals(List.of("NO", "NL"), p.markets());
        assertEquals("yes", p.caption());
        assertEquals(List.of(), d.problems());
    }

    @Test
    void kindIsCaseInsensitiveAndGuessedWhenMissing() {
        assertEquals(Kind.BRIEF, load("kind: Brief\nbrand: {name: x}\n").get(0).kind());
        Problem p = only(load("caption: hi\nplatform: tiktok\n").get(0));
        assertTrue(p.message().contains("looks like a post"), p.message());
    }

    @Test
    void unknownFieldsSuggestTheNearestName() {
        Problem p = only(load("kind: brief\nbrand: {name: x}\nkey_mesages: [a]\n").get(0));
        assertEquals(InputRule.UNKNOWN_FIELD, p.rule());
        assertTrue(p.message().contains("did you mean 'key_messages'"), p.message());
        assertNotNull(p.fix());
    }

    /** A zero byte is placed as an editor shows it: CR alone ends a line, and a letter of two bytes is one column. */
    @Test
    void aZeroByteIsPlacedByLinesAndCharacters() {
        byte[] bytes = "kind: post\r\r\u00e9\u00e9x\u0000\r".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        Problem p = only(loader.loadBytes("t.yaml", bytes).get(0));
        assertEquals(InputRule.YAML_SYNTAX, p.rule());
        assertEquals(new Position(3, 4), p.at());
    }
}
