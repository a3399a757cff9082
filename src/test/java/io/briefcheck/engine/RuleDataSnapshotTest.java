package io.briefcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The jar's data snapshot (written by the build, read by every run) says what the data files say: the same
 * values, and the same placeholders, which the build normalises so a run need not load Java's Unicode tables.
 */
class RuleDataSnapshotTest {

    @Test
    void theSnapshotJudgesTextAsTheDataFilesDo(@TempDir Path classes) throws Exception {
        Path bundled = BundledFolder.locate(RuleFolder.BUNDLED);
        copy(bundled, classes.resolve(RuleFolder.BUNDLED));
        RuleData.writeSnapshot(classes);
        RuleData fromFiles = RuleData.load(List.of(RuleFolder.of(classes.resolve(RuleFolder.BUNDLED))));
        RuleData fromSnapshot;
        try (InputStream in = Files.newInputStream(classes.resolve(RuleFolder.BUNDLED).resolve(RuleData.SNAPSHOT))) {
            fromSnapshot = RuleData.readSnapshot(in);
        }
        for (String path : List.of("text.placeholders", "disclosure.labels", "findings.per_rule_and_document")) {
            assertEquals(fromFiles.get(path), fromSnapshot.get(path), path);
        }
        // English, Dutch and French placeholders, one in full-width letters (NFKC folds it to "tbd"), and real text
        List<String> texts = List.of("TBD", "  tbd. ", "volgt nog", "à définir", "À DÉFINIR", "ｔｂｄ", "see attached",
                "Launch our spring serum to women 25-34", "", "n/a");
        int blank = 0;
        for (String t : texts) {
            assertEquals(fromFiles.blank(t), fromSnapshot.blank(t), t);
            if (fromSnapshot.blank(t)) blank++;
        }
        assertTrue(blank >= 6, "the placeholders among " + texts + " are found blank: " + blank);
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> all = Files.walk(from)) {
            for (Path p : (Iterable<Path>) all::iterator) {
                Path target = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
    }
}
