package io.briefcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.model.Attachment;
import io.briefcheck.model.Post;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files a document names beside itself: found from its folder, reported where missing, confined on the server. */
class AttachmentsTest {

    private static final String STORY = """
            kind: post
            platform: instagram
            format: story
            caption: "#ad"
            frames:
              - image: %s
            """;

    @TempDir
    Path dir;

    private Document loadFile(String image) throws IOException {
        Path file = dir.resolve("story.yaml");
        Files.writeString(file, STORY.formatted(image));
        List<Document> docs = new Loader().loadFile(file, "story.yaml");
        assertEquals(1, docs.size());
        return docs.get(0);
    }

    private static Attachment image(Document d) {
        return ((Post) d.fact()).frames().get(0).image();
    }

    @Test
    void aNameIsReadFromTheDocumentsFolder() throws IOException {
        Files.write(dir.resolve("frame1.png"), new byte[] {1, 2, 3});
        Document d = loadFile("frame1.png");
        assertTrue(d.problems().isEmpty(), () -> "problems: " + d.problems());
        assertEquals(dir.resolve("frame1.png").toAbsolutePath(), image(d).path());
        assertEquals("frame1.png", image(d).name());
        assertEquals("frames[0].image", image(d).source().path());
    }

    @Test
    void aMissingFileIsAnErrorAtItsName() throws IOException {
        Document d = loadFile("frame-1.png");
        assertEquals(1, d.problems().size(), () -> "problems: " + d.problems());
        Problem p = d.problems().get(0);
        assertEquals(InputRule.MISSING_FILE, p.rule());
        assertEquals(new Position(6, 12), p.at());
        assertTrue(p.message().contains("frame-1.png"), p.message());
        assertNull(image(d).path());
    }

    @Test
    void textWithoutAFolderSaysTheFileCannotBeFound() {
        Document d = new Loader().loadText("<stdin>", STORY.formatted("frame1.png")).get(0);
        assertEquals(InputRule.MISSING_FILE, d.problems().get(0).rule());
        assertTrue(d.problems().get(0).message().contains("not read from a file"), d.problems().get(0).message());
    }

    @Test
    void theServersFolderIsTheOnlyPlaceFilesAreReadFrom() throws IOException {
        Path uploads = Files.createDirectory(dir.resolve("uploads"));
        Files.write(dir.resolve("secret.png"), new byte[] {1});
        Files.write(uploads.resolve("frame1.png"), new byte[] {1});
        byte[] inside = STORY.formatted("frame1.png").getBytes(StandardCharsets.UTF_8);
        Document ok = new Loader().loadBytes("draft.yaml", inside, uploads).get(0);
        assertTrue(ok.problems().isEmpty(), () -> "problems: " + ok.problems());
        for (String name : List.of("../secret.png", dir.resolve("secret.png").toString())) {
            byte[] outside = STORY.formatted(name).getBytes(StandardCharsets.UTF_8);
            Document d = new Loader().loadBytes("draft.yaml", outside, uploads).get(0);
            assertEquals(InputRule.MISSING_FILE, d.problems().get(0).rule(), name);
            assertTrue(d.problems().get(0).message().contains("outside"), d.problems().get(0).message());
            assertNull(image(d).path());
        }
    }
}
