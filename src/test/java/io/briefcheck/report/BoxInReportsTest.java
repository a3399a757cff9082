package io.briefcheck.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.briefcheck.core.Box;
import io.briefcheck.core.Finding;
import io.briefcheck.core.Severity;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A finding about a place on a picture carries its box in every report: in the JSON report under the names the
 * web page draws ({@code image}, {@code time_s}, {@code x}, {@code y}, {@code width}, {@code height},
 * {@code image_width}, {@code image_height}, and not the thumbnail), in SARIF's properties, in words in the text
 * and Markdown reports, and drawn on the frame in the HTML report.
 */
class BoxInReportsTest {

    private static final Box BOX = new Box("reel.mp4", 3.5, 10, 20, 300, 40, 1080, 1920, "data:image/jpeg;base64,AAAA");

    private static Report report() {
        Finding f = new Finding("disclosure/label-too-small", Severity.WARNING, "The label is too small.", "post.yaml", 0, 9, 9,
                "video.file", null, "Make it larger.", "US", List.of()).withBox(BOX);
        return Report.of("test", List.of(new DocumentResult("post.yaml", 0, "post", null, DocumentResult.Status.PASS)), List.of(f),
                Severity.ERROR);
    }

    @Test
    void jsonAndSarifHaveTheBox() throws Exception {
        StringWriter json = new StringWriter();
        new JsonRenderer().render(report(), json);
        JsonNode box = new ObjectMapper().readTree(json.toString()).get("findings").get(0).get("box");
        assertEquals("{\"image\":\"reel.mp4\",\"time_s\":3.5,\"x\":10,\"y\":20,\"width\":300,\"height\":40,\"image_width\":1080,"
                + "\"image_height\":1920}", box.toString());
        StringWriter sarif = new StringWriter();
        new SarifRenderer(List.of()).render(report(), sarif);
        JsonNode props = new ObjectMapper().readTree(sarif.toString()).get("runs").get(0).get("results").get(0).get("properties");
        assertEquals(box, props.get("box"));
    }

    @Test
    void textMarkdownAndHtmlShowIt() {
        String words = "reel.mp4 at 3.5 s, 300×40 px at (10, 20) of 1080×1920";
        StringWriter text = new StringWriter();
        new TextRenderer(false).render(report(), new PrintWriter(text));
        assertTrue(text.toString().contains("on: " + words), text.toString());
        StringWriter md = new StringWriter();
        new MarkdownRenderer().render(report(), new PrintWriter(md));
        assertTrue(md.toString().contains("(on " + words + ")"), md.toString());
        StringWriter html = new StringWriter();
        new HtmlRenderer(List.of()).render(report(), new PrintWriter(html));
        assertTrue(html.toString().contains("<image href=\"data:image/jpeg;base64,AAAA\""), "the frame is shown");
        assertTrue(html.toString().contains("<rect x=\"10\" y=\"20\" width=\"300\" height=\"40\" fill=\"none\""), "the box is drawn");
        assertFalse(json().contains("base64"), "the thumbnail is not part of the JSON report");
    }

    private static String json() {
        StringWriter json = new StringWriter();
        try {
            new JsonRenderer().render(report(), json);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return json.toString();
    }
}
