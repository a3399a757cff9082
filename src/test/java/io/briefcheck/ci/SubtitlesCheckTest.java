package io.briefcheck.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code check} on posts whose transcript is a subtitles file (src/test/resources/subtitles/: a US reel that
 * says its sponsor at 0:45, and one that says it at the start, once as SRT and once as WebVTT): the rules
 * read the subtitles as a typed transcript, and what they find points into the subtitle file.
 */
class SubtitlesCheckTest {

    private static final Path FIXTURES = Path.of("src/test/resources/subtitles");
    private static final String LATE = "ftc/video-verbal-late";

    @TempDir
    Path tmp;

    /** The line of {@code file} that holds {@code text}, and the column where it starts. */
    private static int[] where(Path file, String text) throws IOException {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            int at = lines.get(i).indexOf(text);
            if (at >= 0) return new int[] {i + 1, at + 1};
        }
        throw new AssertionError(text + " is not in " + file);
    }

    @ParameterizedTest
    @ValueSource(strings = {"srt", "vtt"})
    void aLateDisclosureIsFoundAtItsLineInTheSubtitles(String format) throws IOException {
        Path post = FIXTURES.resolve(format + "-late/post.yaml");
        Path subtitles = FIXTURES.resolve(format + "-late/reel." + format);
        JsonNode report = Cli.report(tmp, "check", post.toString());
        assertEquals(1, report.get("exit").asInt(), report.toString());
        List<JsonNode> late = Cli.findings(report, LATE);
        assertEquals(1, late.size(), report.toString());
        JsonNode f = late.get(0);
        assertEquals(subtitles.toString(), f.get("file").asText());
        assertEquals(post.toString(), f.get("document").asText());
        int[] at = where(subtitles, "this video");
        assertEquals(at[0], f.get("line").asInt(), f.toString());
        assertEquals(at[1], f.get("column").asInt(), f.toString());
        assertEquals("video.transcript[2].text", f.get("path").asText());
        assertEquals("fail", report.get("documents").get(0).get("status").asText(), "the post fails, not another file");
        for (JsonNode any : report.get("findings")) assertTrue(!any.get("rule").asText().startsWith("input/"), any.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"srt", "vtt"})
    void anEarlyDisclosureIsSilent(String format) throws IOException {
        JsonNode report = Cli.report(tmp, "check", FIXTURES.resolve(format + "-early/post.yaml").toString());
        assertEquals(0, report.get("exit").asInt(), report.toString());
        assertEquals(0, report.get("findings").size(), report.toString());
    }

    @Test
    void everyFormatPointsIntoTheSubtitles() throws IOException {
        Path post = FIXTURES.resolve("srt-late/post.yaml");
        String srt = FIXTURES.resolve("srt-late/reel.srt").toString();
        int[] at = where(FIXTURES.resolve("srt-late/reel.srt"), "this video");
        String place = srt + ":" + at[0] + ":" + at[1];
        Cli.Result text = Cli.run("check", post.toString());
        assertTrue(text.out().contains(place + "  error    " + LATE), text.out());
        Cli.Result github = Cli.run("check", "--format", "github", post.toString());
        assertTrue(github.out().contains("file=" + srt + ",line=" + at[0] + ",col=" + at[1]), github.out());
        Cli.Result sarif = Cli.run("check", "--format", "sarif", post.toString());
        assertTrue(sarif.out().contains("\"uri\" : \"" + srt + "\""), sarif.out());
        Cli.Result junit = Cli.run("check", "--format", "junit", post.toString());
        assertTrue(junit.out().contains(place), junit.out());
        Cli.Result markdown = Cli.run("check", "--format", "markdown", post.toString());
        assertTrue(markdown.out().contains("| " + place + " |"), markdown.out());
    }

    /** A copy of one fixture folder, to edit. */
    private Path copy(String fixture) throws IOException {
        Path to = Files.createDirectories(tmp.resolve(fixture));
        try (Stream<Path> files = Files.list(FIXTURES.resolve(fixture))) {
            for (Path f : files.toList()) Files.copy(f, to.resolve(f.getFileName()));
        }
        return to;
    }

    @Test
    void aCommentAboveTheSubtitlesLineSuppressesTheirFindings() throws IOException {
        Path folder = copy("srt-late");
        Path post = folder.resolve("post.yaml");
        Files.writeString(post, Files.readString(post).replace("  subtitles: reel.srt",
                "  # briefcheck-disable-next-line " + LATE + " -- the sponsor is also pinned in the first comment\n  subtitles: reel.srt"));
        JsonNode report = Cli.report(tmp, "check", post.toString());
        assertEquals(0, report.get("exit").asInt(), report.toString());
        JsonNode f = Cli.findings(report, LATE).get(0);
        assertEquals("inline", f.get("suppressed").get("kind").asText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"srt-late/*.yaml", "srt-late/*.srt"})
    void aWaiverNamesThePostOrItsSubtitles(String path) throws IOException {
        Path folder = copy("srt-late");
        Path config = tmp.resolve(".briefcheck.yaml");
        Files.writeString(config, "waivers:\n  - rule: " + LATE + "\n    path: " + path
                + "\n    reason: the sponsor is pinned in the first comment\n    expires: 2099-01-01\n");
        JsonNode report = Cli.report(tmp, "check", "--config", config.toString(), folder.resolve("post.yaml").toString());
        assertEquals(0, report.get("exit").asInt(), report.toString());
        assertEquals("waiver", Cli.findings(report, LATE).get(0).get("suppressed").get("kind").asText());
    }

    @Test
    void aBaselineAcceptsAFindingInTheSubtitlesAfterItsLineMoves() throws IOException {
        Path folder = copy("srt-late");
        Path post = folder.resolve("post.yaml");
        Path baseline = tmp.resolve("baseline.json");
        assertEquals(0, Cli.run("check", post.toString(), "--write-baseline", baseline.toString()).code());
        Path srt = folder.resolve("reel.srt");
        // the cue's lines move (another cue gets a second line, a blank line more): the same finding; a cue
        // inserted above it would renumber it (video.transcript[3]), as a typed transcript's line would be
        Files.writeString(srt, Files.readString(srt).replace("my skin.\r\n", "my skin.\r\nEvery morning.\r\n\r\n"));
        JsonNode moved = Cli.report(tmp, "check", post.toString(), "--baseline", baseline.toString());
        assertEquals(0, moved.get("exit").asInt(), moved.toString());
        assertEquals(where(srt, "this video")[0], Cli.findings(moved, LATE).get(0).get("line").asInt(), "it did move");
        assertEquals("baseline", Cli.findings(moved, LATE).get(0).get("suppressed").get("kind").asText());
    }

    @Test
    void aBrokenSubtitleFileIsAnInputErrorAtItsLine() throws IOException {
        Path folder = copy("vtt-late");
        Path vtt = folder.resolve("reel.vtt");
        Files.writeString(vtt, Files.readString(vtt).replace("00:12.500 --> 00:16.000", "00:12.500 --> 00:16"));
        JsonNode report = Cli.report(tmp, "check", folder.resolve("post.yaml").toString());
        assertEquals(1, report.get("exit").asInt());
        JsonNode f = Cli.findings(report, "input/invalid-value").get(0);
        assertEquals(vtt.toString(), f.get("file").asText());
        int[] at = where(vtt, "00:12.500 --> 00:16");
        assertEquals(at[0], f.get("line").asInt(), f.toString());
        assertEquals(at[1] + "00:12.500 --> ".length(), f.get("column").asInt(), f.toString());
        assertTrue(f.get("message").asText().contains("is not a subtitle time"), f.toString());
    }
}
