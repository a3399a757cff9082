package io.briefcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.model.Cue;
import io.briefcheck.model.Post;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A video's subtitles become its transcript, and the document knows where each cue is in that file. */
class SubtitleTranscriptsTest {

    private static final String REEL = """
            kind: post
            platform: tiktok
            format: video
            caption: "#ad"
            video:
            %s  subtitles: reel.srt
            """;
    private static final String SRT = "1\n00:00:01,000 --> 00:00:04,000\nHello\n\n2\n00:00:40,000 --> 00:00:42,000\nThis is <b>sponsored</b>\n";

    @TempDir
    Path dir;

    private Document load(String typed, String srt) throws IOException {
        Files.writeString(dir.resolve("reel.srt"), srt);
        Path file = dir.resolve("post.yaml");
        Files.writeString(file, REEL.formatted(typed));
        return new Loader().loadFile(file, "posts/post.yaml").get(0);
    }

    private static List<Cue> transcript(Document d) {
        return ((Post) d.fact()).video().transcript();
    }

    @Test
    void theCuesAreTheTranscriptAndPointIntoTheFile() throws IOException {
        Document d = load("", SRT);
        assertTrue(d.problems().isEmpty(), () -> "problems: " + d.problems());
        List<Cue> cues = transcript(d);
        assertEquals(2, cues.size());
        assertEquals(40.0, cues.get(1).at().seconds());
        assertEquals("This is sponsored", cues.get(1).text());
        assertEquals("video.transcript[1]", cues.get(1).source().path());
        // shown beside the document, as the document's name is given; the YAML keeps the place that names it
        assertEquals(new Document.Place("posts/reel.srt", new Position(7, 12)), d.placeOf("video.transcript[1].text", 8));
        assertEquals(new Document.Place("posts/reel.srt", new Position(6, 18)), d.placeOf("video.transcript[1].until", -1));
        assertEquals(new Document.Place("posts/reel.srt", new Position(2, 1)), d.placeOf("video.transcript", -1));
        assertEquals(new Document.Place("posts/post.yaml", new Position(4, 10)), d.placeOf("caption", -1));
        assertEquals(new Position(6, 14), d.positionOf("video.transcript[1].text"));
        assertEquals("This is sponsored", d.valueAt("video.transcript[1].text"));
        assertEquals("This is <b>sponsored</b>", d.lineText("posts/reel.srt", 7));
    }

    @Test
    void aBrokenFileIsAProblemInItAndGivesNoTranscript() throws IOException {
        Document d = load("", "1\n00:00:01,000 --> 00:00:00,500\nHello\n");
        Problem p = d.problems().get(0);
        assertEquals(InputRule.INVALID_VALUE, p.rule());
        assertEquals("posts/reel.srt", p.file());
        assertEquals(new Position(2, 18), p.at());
        assertEquals("video.subtitles", p.path());
        assertTrue(transcript(d).isEmpty());
        assertEquals("00:00:01,000 --> 00:00:00,500", d.lineText("posts/reel.srt", 2));
    }

    @Test
    void aTypedTranscriptBesideSubtitlesIsAnErrorAndLeftOut() throws IOException {
        Document d = load("  transcript:\n    - {at: \"0:01\", text: \"This is an ad\"}\n", SRT);
        assertEquals(1, d.problems().size(), () -> "problems: " + d.problems());
        Problem p = d.problems().get(0);
        assertEquals(InputRule.INVALID_VALUE, p.rule());
        assertNull(p.file());
        assertEquals(new Position(6, 3), p.at());
        assertTrue(p.message().contains("both a typed transcript and a subtitles file"), p.message());
        assertEquals("Hello", transcript(d).get(0).text());
    }

    @Test
    void theServerReadsSubtitlesFromItsFolderOfUploads() throws IOException {
        Path uploads = Files.createDirectory(dir.resolve("uploads"));
        Files.writeString(uploads.resolve("reel.srt"), SRT);
        Document d = new Loader().loadBytes("draft.yaml", REEL.formatted("").getBytes(StandardCharsets.UTF_8), uploads).get(0);
        assertTrue(d.problems().isEmpty(), () -> "problems: " + d.problems());
        assertEquals(2, transcript(d).size());
        assertEquals("reel.srt", d.placeOf("video.transcript[0].text", 0).file());
    }

    @Test
    void aNameIsShownBesideItsDocument() {
        assertEquals("reel.srt", SubtitleTranscripts.shownName("post.yaml", "reel.srt"));
        assertEquals("briefs/drafts/reel.vtt", SubtitleTranscripts.shownName("briefs/drafts/post.yaml", "reel.vtt"));
        assertEquals("briefs/subs/reel.srt", SubtitleTranscripts.shownName("briefs/drafts/post.yaml", "../subs/reel.srt"));
        assertEquals("/srv/reel.srt", SubtitleTranscripts.shownName("briefs/post.yaml", "/srv/reel.srt"));
    }
}
