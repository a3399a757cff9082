package io.briefcheck.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefcheck.engine.RuleData;
import io.briefcheck.engine.RuleFolder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FoldLengthsTest {

    private static Map<String, Integer> folds(Path dir, String file, String yaml) throws Exception {
        Files.createDirectories(dir.resolve("data"));
        Files.writeString(dir.resolve("data/" + file), yaml);
        return FoldLengths.from(RuleData.load(List.of(RuleFolder.of(dir))));
    }

    @Test
    void readsAFoldMapKeyedByPlatform(@TempDir Path dir) throws Exception {
        assertEquals(Map.of("instagram", 125, "tiktok", 150),
                folds(dir, "disclosure.yaml", "caption:\n  fold_chars:\n    instagram: 125\n    tiktok: 150\n    note: text\n"));
    }

    @Test
    void readsAFoldNumberUnderEachPlatform(@TempDir Path dir) throws Exception {
        assertEquals(Map.of("instagram", 125, "youtube", 100),
                folds(dir, "platforms.yaml", "instagram: {fold: 125, name: Instagram}\nyoutube: {fold: 100}\nmyspace: {fold: 9}\n"));
    }

    @Test
    void noFoldDataMeansNoFold(@TempDir Path dir) throws Exception {
        assertEquals(Map.of(), folds(dir, "text.yaml", "placeholders: [tbd]\ninstagram: {followers: 3}\n"));
    }
}
