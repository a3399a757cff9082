package io.briefcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.briefcheck.model.Brief;
import io.briefcheck.model.Influencer;
import io.briefcheck.model.Post;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a one-file check guesses of its documents from their kind: lines before it reads them (KindGuess). */
class KindGuessTest {

    @Test
    void aNamedFileGivesItsDocumentsClassesAndOtherArgumentsNothing(@TempDir Path dir) throws Exception {
        Path brief = Files.writeString(dir.resolve("brief.yml"), "kind: brief\nid: b1\n");
        assertEquals(Set.of(Brief.class), KindGuess.of(List.of("US", "json", brief.toString(), dir.resolve("missing.yaml").toString()), 16));
    }

    @Test
    void aFolderGivesTheKindsOfItsYamlFilesAndEveryDocumentInAFileCounts(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.yaml"), "kind: brief\n---\n# a draft\nkind: 'Post'\ncaption: hi\n");
        Files.writeString(dir.resolve("b.yaml"), "kind: influencer\nhandle: x\n  kind: results\n");
        Files.writeString(dir.resolve("notes.txt"), "kind: results\n");
        assertEquals(Set.of(Brief.class, Post.class, Influencer.class), KindGuess.of(List.of(dir.toString()), 16));
        assertNull(KindGuess.of(List.of(dir.toString()), 2), "three documents, more than two");
    }

    @Test
    void nothingIsGuessedFromTooManyFilesALargeFileOrNoKind(@TempDir Path dir) throws Exception {
        for (int i = 0; i < 3; i++) Files.writeString(dir.resolve(i + ".yaml"), "kind: brief\n");
        assertNull(KindGuess.of(List.of(dir.toString()), 2), "three files, more than two");
        Path large = Files.writeString(dir.resolve("large.yaml"), "kind: brief\n" + "# x\n".repeat((int) KindGuess.LARGEST_FILE / 4));
        assertNull(KindGuess.of(List.of(large.toString()), 16));
        Path none = Files.writeString(dir.resolve("none.yaml"), "id: b1\nkindness: high\n");
        assertNull(KindGuess.of(List.of(none.toString()), 16));
    }
}
