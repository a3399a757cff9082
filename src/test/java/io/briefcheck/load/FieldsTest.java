package io.briefcheck.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** {@link Fields} answers as the four hash maps it replaced did, on random trees (seeded). */
class FieldsTest {

    /** The maps a document kept before (Loader's three walks), built the same way. */
    private static final class Reference {
        final Map<String, Position> valueAt = new HashMap<>();
        final Map<String, Position> keyAt = new HashMap<>();
        final Map<String, String> values = new HashMap<>();
        final Map<String, TextLayout> layouts = new HashMap<>();

        void index(YNode node, String path, Position keyPos) {
            valueAt.putIfAbsent(path, node instanceof YNode.Scalar || keyPos == null ? node.at() : keyPos);
            if (node instanceof YNode.Scalar s) {
                if (!s.isNull()) values.putIfAbsent(path, s.text());
                if (s.layout() != null) layouts.put(path, s.layout());
            } else if (node instanceof YNode.Mapping m) {
                for (YNode.Entry e : m.fields().values()) {
                    String child = path.isEmpty() ? e.key() : path + "." + e.key();
                    keyAt.putIfAbsent(child, e.keyAt());
                    index(e.value(), child, e.keyAt());
                }
            } else if (node instanceof YNode.Seq s) {
                for (int i = 0; i < s.items().size(); i++) index(s.items().get(i), path + "[" + i + "]", null);
            }
        }
    }

    private final Random random = new Random(20261201);
    private int line;

    private Position next() {
        return new Position(++line, 1 + random.nextInt(80));
    }

    private YNode tree(int depth) {
        int pick = depth > 3 ? 0 : random.nextInt(4);
        if (pick == 0) {
            String text = "v" + random.nextInt(1000);
            boolean isNull = random.nextInt(8) == 0;
            Position at = next();
            return new YNode.Scalar(text, isNull ? "null" : "str", at,
                    random.nextBoolean() ? new TextLayout(at, 3, text) : null);
        }
        if (pick == 1) {
            List<YNode> items = new ArrayList<>();
            Position at = next();
            for (int i = random.nextInt(5); i > 0; i--) items.add(tree(depth + 1));
            return new YNode.Seq(items, at);
        }
        LinkedHashMap<String, YNode.Entry> entries = new LinkedHashMap<>();
        Position at = next();
        for (int i = random.nextInt(12); i > 0; i--) {
            // a key with a dot can make the same path twice ("a.b" and a: {b: ...})
            int k = random.nextInt(8);
            String key = k == 0 ? "a.b" : k == 1 ? "a" : k == 2 ? "b" : "k" + random.nextInt(20);
            entries.putIfAbsent(key, new YNode.Entry(key, next(), tree(depth + 1)));
        }
        return new YNode.Mapping(entries, List.of(), at);
    }

    @Test
    void answersAsTheMapsDidForEveryPathAndForAbsentOnes() {
        for (int round = 0; round < 300; round++) {
            line = 0;
            LinkedHashMap<String, YNode.Entry> top = new LinkedHashMap<>();
            top.put("a", new YNode.Entry("a", next(), tree(1)));
            for (int i = 0; i < 6; i++) top.put("k" + i, new YNode.Entry("k" + i, next(), tree(1)));
            YNode root = new YNode.Mapping(top, List.of(), next());
            Reference ref = new Reference();
            ref.index(root, "", null);
            Fields fields = Fields.of(root, true);
            Fields textOnly = Fields.of(root, false);
            List<String> paths = new ArrayList<>(ref.valueAt.keySet());
            paths.addAll(List.of("absent", "a.absent", "k1[99]", ""));
            for (String p : paths) {
                assertEquals(ref.valueAt.get(p), fields.valueAt(p), p);
                assertEquals(ref.keyAt.get(p), fields.keyAt(p), p);
                assertEquals(ref.values.get(p), fields.value(p), p);
                assertSame(ref.layouts.get(p), fields.layout(p), p);
                assertEquals(ref.values.get(p), textOnly.value(p), p);
                assertNull(textOnly.valueAt(p), p);
                assertNull(textOnly.layout(p), p);
            }
        }
    }

    @Test
    void aLongListKeepsEveryItemPastTheSharedPathTable() {
        List<YNode> items = new ArrayList<>();
        line = 0;
        for (int i = 0; i < 30_000; i++) items.add(new YNode.Scalar("#" + i, "str", next()));
        LinkedHashMap<String, YNode.Entry> top = new LinkedHashMap<>();
        top.put("tags", new YNode.Entry("tags", new Position(1, 1), new YNode.Seq(items, new Position(1, 7))));
        Fields fields = Fields.of(new YNode.Mapping(top, List.of(), new Position(1, 1)), true);
        for (int i = 0; i < 30_000; i += 997) {
            assertEquals("#" + i, fields.value("tags[" + i + "]"));
            assertEquals(i + 1, fields.valueAt("tags[" + i + "]").line());
        }
        assertEquals(new Position(1, 1), fields.valueAt("tags"));
        assertNull(fields.value("tags[30000]"));
    }

    @Test
    void nothingReadHasNoFields() {
        assertNull(Fields.NONE.valueAt(""));
        assertNull(Fields.NONE.value("caption"));
        assertNull(Fields.NONE.keyAt(null));
    }
}
