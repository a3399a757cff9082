package io.briefcheck;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefcheck.core.Finding;
import io.briefcheck.report.Report;
import org.junit.jupiter.api.Test;

/** A finding about a span inside a caption or transcript line points at that span's own line and column. */
class SpanPositionTest {

    private static Finding only(Report report, String rule) {
        return report.findings().stream().filter(f -> f.rule().equals(rule)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + rule + " in " + report.findings()));
    }

    @Test
    void literalBlockCaptionPointsAtTheLabelsLine() {
        String yaml = """
                kind: post
                platform: instagram
                format: post
                market: US
                connection: paid
                caption: |
                    Sunday reset ☕️ slow morning, clean sheets, and the serum that has been on my shelf all month.
                    Honestly the texture is everything.
                    #sundayreset #selfcare #skincare #ad #morningroutine
                """;
        Finding f = only(TestEngine.checkText("block.yaml", yaml), "ftc/label-buried");
        assertEquals(9, f.line());
        assertEquals(38, f.column(), "4 spaces of indent, then 33 characters before #ad");
        assertEquals("#ad", yaml.split("\n")[8].substring(f.column() - 1, f.column() + 2));
    }

    @Test
    void quotedCaptionCountsEmojiAsOneColumn() {
        String yaml = """
                kind: post
                platform: instagram
                format: post
                market: UK
                connection: paid
                caption: "🍂 Autumn layers #sponsored"
                """;
        Finding f = only(TestEngine.checkText("quoted.yaml", yaml), "asa/label-not-accepted");
        assertEquals(6, f.line());
        assertEquals(27, f.column(), "after 'caption: \"', the emoji and 'Autumn layers '");
    }

    @Test
    void transcriptLineInAFlowMapping() {
        String yaml = """
                kind: post
                platform: youtube
                format: video
                market: US
                connection: paid
                caption: "#ad my routine"
                video:
                  transcript:
                    - {at: "1:12", text: "Hi! Today's video is sponsored by Glow."}
                """;
        Finding f = only(TestEngine.checkText("cue.yaml", yaml), "ftc/video-verbal-late");
        assertEquals(9, f.line());
        assertEquals("sponsored by", yaml.split("\n")[8].substring(f.column() - 1, f.column() - 1 + 12));
    }

    @Test
    void escapedTextFallsBackToTheValueStart() {
        String yaml = """
                kind: post
                platform: instagram
                format: post
                market: US
                connection: paid
                caption: "Line one\\nand then #ad"
                """;
        Finding f = only(TestEngine.checkText("escaped.yaml", yaml), "ftc/label-not-at-start");
        assertEquals(6, f.line());
        assertEquals(10, f.column());
    }
}
