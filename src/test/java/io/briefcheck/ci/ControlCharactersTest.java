package io.briefcheck.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * User text with newlines and terminal escapes goes through every report format without starting a
 * line of its own (a GitHub workflow command) or reaching the terminal raw; huge messages are cut in
 * the formats people read, and kept whole in JSON.
 */
class ControlCharactersTest {

    private static final String ESC = "\u001b";
    private static final String LONG_FIELD = "z".repeat(3000);

    @TempDir
    Path tmp;

    private Path post;

    @BeforeEach
    void hostilePost() throws Exception {
        post = tmp.resolve("hostile.yaml");
        Files.writeString(post, """
                kind: post
                id: "x\\n::error file=evil::injected"
                platform: instagram
                format: post
                market: US
                connection: paid
                "\\e[2Kcaptoin": hidden
                platform_label: %s
                caption: "#ad Love this serum"
                """.formatted(LONG_FIELD));
    }

    private Cli.Result run(String format) {
        return Cli.run("check", "--no-config", post.toString(), "--format", format, "--fail-on", "never");
    }

    @Test
    void theTextReportShowsNewlinesAndEscapesAsTextAndCutsHugeMessages() {
        Cli.Result r = run("text");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains(ESC), "no raw escape character reaches the terminal");
        for (String line : r.out().split("\n")) assertFalse(line.startsWith("::"), "no line starts a workflow command: " + line);
        assertTrue(r.out().contains("(post x\\n::error file=evil::injected)"), r.out());
        assertTrue(r.out().contains("'U+001B[2Kcaptoin'"), r.out());
        assertFalse(r.out().contains(LONG_FIELD), "a 3,000-character message is cut");
        assertTrue(r.out().contains("zzz…"), "the quoted value ends in an ellipsis: " + r.out());
    }

    @Test
    void githubCommandsStayOneLineEach() {
        Cli.Result r = run("github");
        assertEquals(0, r.code(), r.err());
        assertFalse(r.out().contains(ESC));
        for (String line : r.out().split("\n")) {
            assertTrue(line.startsWith("::error ") || line.startsWith("::warning ") || line.startsWith("::notice "), line);
            assertFalse(line.contains("::error file=evil"), line);
        }
        assertTrue(r.out().contains("U+001B[2Kcaptoin"), r.out());
    }

    @Test
    void markdownRowsStayOneLineEach() {
        Cli.Result r = run("markdown");
        assertFalse(r.out().contains(ESC));
        for (String line : r.out().split("\n")) {
            if (line.contains("captoin")) assertTrue(line.startsWith("| ") && line.endsWith(" |"), line);
        }
        assertFalse(r.out().contains(LONG_FIELD));
    }

    @Test
    void junitIsWellFormedXmlWithoutControlCharacters() throws Exception {
        Cli.Result r = run("junit");
        assertFalse(r.out().contains(ESC));
        DocumentBuilderFactory.newInstance().newDocumentBuilder()
                .parse(new ByteArrayInputStream(r.out().getBytes(StandardCharsets.UTF_8)));
        assertTrue(r.out().contains("x\\n::error file=evil::injected"), r.out());
        for (String line : r.out().split("\n")) assertFalse(line.startsWith("::"), line);
    }

    @Test
    void htmlShowsControlCharactersAsText() {
        Cli.Result r = run("html");
        assertFalse(r.out().contains(ESC));
        assertTrue(r.out().contains("U+001B[2Kcaptoin"));
    }

    @Test
    void jsonAndSarifEscapeControlCharactersAndKeepTheTextAsWritten() throws Exception {
        for (String format : new String[] {"json", "sarif"}) {
            Cli.Result r = run(format);
            assertFalse(r.out().contains(ESC), format);
            for (String line : r.out().split("\n")) assertFalse(line.startsWith("::"), format + ": " + line);
            JsonNode n = new ObjectMapper().readTree(r.out());
            if (format.equals("json")) {
                assertEquals("x\n::error file=evil::injected", n.get("documents").get(0).get("id").asText());
                // quoted values are cut where findings are made (engine/FindingText), in every format
                assertFalse(n.toString().contains(LONG_FIELD), "a 3,000-character quoted value is cut in JSON too");
            }
            JsonNode findings = format.equals("json") ? n.get("findings") : n.at("/runs/0/results");
            boolean asWritten = false;
            for (JsonNode f : findings) {
                String message = format.equals("json") ? f.get("message").asText() : f.at("/message/text").asText();
                asWritten |= message.contains(ESC + "[2Kcaptoin");
            }
            assertTrue(asWritten, format + " holds the text as written, escaped by JSON");
        }
    }
}
