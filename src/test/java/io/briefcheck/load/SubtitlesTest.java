package io.briefcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The subtitle reader: what real exports hold is read, anything else is a fault at its line and column. */
class SubtitlesTest {

    private static Subtitles.Read read(String name, String text) {
        return Subtitles.read(name, text.getBytes(StandardCharsets.UTF_8), Limits.DEFAULT);
    }

    private static List<Subtitles.Cue> cues(String name, String text) {
        Subtitles.Read r = read(name, text);
        assertNull(r.fault(), () -> "fault: " + r.fault());
        return r.cues();
    }

    private static Subtitles.Fault fault(String name, String text) {
        Subtitles.Fault f = read(name, text).fault();
        assertTrue(f != null, "expected a fault");
        assertTrue(read(name, text).cues().isEmpty(), "a file with a fault gives no cues");
        return f;
    }

    @Test
    void anSrtExportIsRead() {
        List<Subtitles.Cue> cues = cues("reel.srt", "\uFEFF1\r\n00:00:01,000 --> 00:00:04,250\r\nGood morning, <i>everyone</i>!\r\n\r\n"
                + "2\r\n00:01:02.500 --> 01:00:00,000 X1:40 X2:600\r\n{\\an8}Fish &amp; chips,\r\n<font color=\"#fff\">then</font> &#233;clairs\r\n");
        assertEquals(2, cues.size());
        Subtitles.Cue first = cues.get(0);
        assertEquals(1.0, first.start());
        assertEquals(4.25, first.end());
        assertEquals("00:00:01,000", first.startText());
        assertEquals("Good morning, everyone!", first.text());
        assertEquals(new Position(2, 1), first.startAt());
        assertEquals(new Position(2, 18), first.endAt());
        assertEquals(3, first.textLine());
        Subtitles.Cue second = cues.get(1);
        assertEquals(62.5, second.start());
        assertEquals(3600.0, second.end());
        assertEquals("Fish & chips,\nthen \u00e9clairs", second.text());
        // "chips" after the entity, "then" after the tag on the next line, "éclairs" from its entity
        assertEquals(new Position(7, 18), second.positionOf(second.text().indexOf("chips")));
        assertEquals(new Position(8, 20), second.positionOf(second.text().indexOf("then")));
        assertEquals(new Position(8, 32), second.positionOf(second.text().indexOf('\u00e9')));
    }

    @Test
    void aWebVttExportIsRead() {
        List<Subtitles.Cue> cues = cues("reel.vtt", """
                WEBVTT - made with TikTok
                Kind: captions
                Language: en

                STYLE
                ::cue { color: yellow }

                NOTE
                a note over
                two lines

                intro
                00:01.000 --> 00:04.000 align:start position:0%
                <v Mia>Hello</v> <c.yellow>there</c>

                00:00:04.000 --> 00:00:06.500
                It's <00:00:04.500><c>sponsored</c> &lt;really&gt;
                """);
        assertEquals(2, cues.size());
        assertEquals("Hello there", cues.get(0).text());
        assertEquals(1.0, cues.get(0).start());
        assertEquals(new Position(13, 1), cues.get(0).startAt());
        assertEquals(new Position(14, 8), cues.get(0).positionOf(0));
        assertEquals("It's sponsored <really>", cues.get(1).text());
        assertEquals(new Position(17, 23), cues.get(1).positionOf(cues.get(1).text().indexOf("sponsored")));
    }

    @Test
    void utf16WithItsByteOrderMarkIsRead() {
        byte[] bytes = "\uFEFF1\n00:00:01,000 --> 00:00:02,000\nHi\n".getBytes(StandardCharsets.UTF_16LE);
        Subtitles.Read r = Subtitles.read("reel.srt", bytes, Limits.DEFAULT);
        assertNull(r.fault(), () -> "fault: " + r.fault());
        assertEquals("Hi", r.cues().get(0).text());
    }

    @Test
    void cuesWithoutTextAreLeftOut() {
        assertEquals(1, cues("reel.srt", "1\n00:00:01,000 --> 00:00:02,000\n<i></i>\n\n2\n00:00:02,000 --> 00:00:03,000\nHi\n").size());
    }

    @Test
    void aTimeThatIsNoTimeIsReportedAtIt() {
        Subtitles.Fault f = fault("reel.srt", "1\n00:00:01,000 --> 00:00:04\nHi\n");
        assertEquals(InputRule.INVALID_VALUE, f.rule());
        assertEquals(new Position(2, 18), f.at());
        assertTrue(f.message().contains("\"00:00:04\" on line 2 of 'reel.srt' is not a subtitle time"), f.message());
        assertTrue(f.fix().contains("00:00:01,000"), f.fix());
    }

    @Test
    void sixtySecondsIsNoSecond() {
        Subtitles.Fault f = fault("reel.srt", "1\n00:00:61,000 --> 00:01:04,000\nHi\n");
        assertEquals(new Position(2, 1), f.at());
        assertTrue(f.message().contains("61 seconds"), f.message());
    }

    @Test
    void anEndBeforeItsStartIsReportedAtTheEnd() {
        Subtitles.Fault f = fault("reel.vtt", "WEBVTT\n\n00:05.000 --> 00:04.000\nHi\n");
        assertEquals(new Position(3, 15), f.at());
        assertTrue(f.message().contains("ends (00:04.000) before it starts (00:05.000)"), f.message());
    }

    @Test
    void aLineWithoutArrowIsNoTiming() {
        Subtitles.Fault f = fault("reel.srt", "1\n00:00:01,000 -> 00:00:04,000\nHi\n");
        assertEquals(new Position(2, 1), f.at());
        assertTrue(f.message().contains("has no times"), f.message());
    }

    @Test
    void textOutsideACueIsReported() {
        Subtitles.Fault f = fault("reel.srt", "1\n00:00:01,000 --> 00:00:04,000\nHi\n\nstray words\nmore\n");
        assertEquals(new Position(5, 1), f.at());
        assertTrue(f.message().contains("text outside a cue"), f.message());
    }

    @Test
    void aMissingBlankLineBetweenCuesIsReported() {
        Subtitles.Fault f = fault("reel.srt", "1\n00:00:01,000 --> 00:00:04,000\nHi\n2\n00:00:04,000 --> 00:00:05,000\nYo\n");
        assertEquals(new Position(4, 1), f.at());
        assertTrue(f.message().contains("no blank line separates it"), f.message());
    }

    @Test
    void anSrtCueIsNumbered() {
        Subtitles.Fault f = fault("reel.srt", "first\n00:00:01,000 --> 00:00:04,000\nHi\n");
        assertEquals(new Position(1, 1), f.at());
        assertTrue(f.message().contains("should be the cue's number"), f.message());
    }

    @Test
    void aVttFileStartsWithItsHeader() {
        Subtitles.Fault f = fault("reel.vtt", "1\n00:00:01.000 --> 00:00:04.000\nHi\n");
        assertEquals(Position.START, f.at());
        assertTrue(f.message().contains("first line is not WEBVTT"), f.message());
    }

    @Test
    void aFileWithoutCuesIsReported() {
        assertTrue(fault("reel.vtt", "WEBVTT\n\nNOTE nothing yet\n").message().contains("holds no subtitles"));
        assertTrue(fault("reel.srt", "").message().contains("holds no subtitles"));
    }

    @Test
    void bytesThatAreNotUtf8AreReportedWhereTheyAre() {
        byte[] bytes = "1\n00:00:01,000 --> 00:00:04,000\nCaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
        Subtitles.Fault f = Subtitles.read("reel.srt", bytes, Limits.DEFAULT).fault();
        assertEquals(InputRule.INVALID_VALUE, f.rule());
        assertEquals(new Position(3, 4), f.at());
        assertTrue(f.message().contains("0xE9") && f.message().contains("not UTF-8"), f.message());
    }

    @Test
    void aBinaryFileIsNoSubtitleFile() {
        Subtitles.Fault f = Subtitles.read("reel.mp4", new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p'}, Limits.DEFAULT).fault();
        assertEquals(Position.START, f.at());
        assertTrue(f.message().contains("binary data"), f.message());
    }

    @Test
    void aHostileLineIsReadInLinearTime() {
        String head = "1\n00:00:01,000 --> 00:00:02,000\n";
        // "ő": one letter outside Latin-1 makes Java count a line's columns one by one, so columns are kept as it is read
        for (String unit : List.of("<a", "{\\", "&amp", "&#1", "őa")) {
            String line = unit.repeat(1_900_000 / unit.length() / 2);
            List<Subtitles.Cue> cues = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> cues("reel.srt", head + line + "\n"));
            assertEquals(line.length(), cues.get(0).text().length(), unit);
            assertEquals(new Position(3, 1001), cues.get(0).positionOf(1000), unit);
        }
    }

    /** Damaged exports (characters cut, doubled, swapped for the ones the formats use) give cues or a fault, never an exception. */
    @Test
    void damagedFilesNeverThrow() {
        String srt = "1\r\n00:00:01,000 --> 00:00:04,000\r\n<i>Hi</i> &amp; bye\r\n\r\n2\r\n00:00:04,000 --> 00:00:05,000\r\nYo\r\n";
        String vtt = "WEBVTT\n\nNOTE x\n\nid\n00:01.000 --> 00:04.000 align:start\n<v A>Hi</v> &#233;\n";
        String[] pieces = {"-->", "\n", "\r", "\r\n", "<", ">", "&", ";", "#", ":", ",", ".", "{\\", "}", " ", "WEBVTT", "NOTE", "9", "\uFEFF", "\uD800"};
        Random random = new Random(20261130);
        for (int round = 0; round < 3000; round++) {
            StringBuilder sb = new StringBuilder(random.nextBoolean() ? srt : vtt);
            for (int cuts = 1 + random.nextInt(5); cuts > 0 && sb.length() > 0; cuts--) {
                int at = random.nextInt(sb.length());
                if (random.nextBoolean()) sb.insert(at, pieces[random.nextInt(pieces.length)]);
                else sb.delete(at, Math.min(sb.length(), at + 1 + random.nextInt(8)));
            }
            String name = random.nextBoolean() ? "reel.srt" : "reel.vtt";
            Subtitles.Read r = Subtitles.read(name, sb.toString().getBytes(StandardCharsets.UTF_8), Limits.DEFAULT);
            String input = sb.toString();
            assertTrue(r.fault() != null || !r.cues().isEmpty(), () -> "neither cues nor a fault: " + input);
            if (r.fault() != null) {
                assertTrue(r.fault().at().line() >= 1 && r.fault().at().column() >= 1, () -> r.fault() + " for " + input);
            }
            for (Subtitles.Cue c : r.cues()) {
                assertTrue(c.end() >= c.start(), input);
                for (int i = 0; i < c.text().length(); i++) assertTrue(c.positionOf(i).line() >= c.textLine(), input);
            }
        }
    }

    @Test
    void theLoadersLimitsApply() {
        Limits small = new Limits(64, 40, 50, 1000, 128, 2);
        String three = "1\n00:00:01,000 --> 00:00:02,000\nA\n\n2\n00:00:02,000 --> 00:00:03,000\nB\n\n3\n00:00:03,000 --> 00:00:04,000\nC\n";
        Subtitles.Fault big = Subtitles.read("reel.srt", three.getBytes(StandardCharsets.UTF_8), small).fault();
        assertEquals(InputRule.LIMIT_EXCEEDED, big.rule());
        assertTrue(big.message().contains("over the limit of 64 bytes"), big.message());
        Subtitles.Fault many = Subtitles.read("reel.srt", three.getBytes(StandardCharsets.UTF_8),
                new Limits(1000, 40, 50, 1000, 2000, 2)).fault();
        assertEquals(InputRule.LIMIT_EXCEEDED, many.rule());
        assertEquals(new Position(9, 1), many.at());
    }
}
