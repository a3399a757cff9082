package io.briefcheck.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML value with the position it was written at. Built from SnakeYAML's node graph with aliases
 * expanded (within limits), so the binder never sees anchors, tags or cycles.
 */
public sealed interface YNode permits YNode.Scalar, YNode.Seq, YNode.Mapping {

    Position at();

    /** What a user would call this kind of value, for messages. */
    String describe();

    /**
     * A scalar: {@code text} is exactly what was written (without quotes); {@code type} is what a
     * plain YAML scalar resolves to (str, int, float, bool, null, timestamp), or str when quoted.
     * {@code layout} maps its characters to file positions when they map one to one (else null).
     */
    record Scalar(String text, String type, Position at, TextLayout layout) implements YNode {
        public Scalar(String text, String type, Position at) {
            this(text, type, at, null);
        }

        public boolean isNull() {
            return "null".equals(type);
        }

        public String describe() {
            return isNull() ? "nothing" : "\"" + text + "\"";
        }
    }

    record Seq(List<YNode> items, Position at) implements YNode {
        public String describe() {
            return "a list";
        }
    }

    /**
     * A mapping; keys keep their own positions so unknown fields can be pointed at. A key written
     * twice keeps its first value; the later ones are kept in {@code duplicates} to be reported.
     */
    record Mapping(LinkedHashMap<String, Entry> entries, List<Entry> duplicates, Position at) implements YNode {
        public String describe() {
            return "a section with fields";
        }

        public YNode get(String key) {
            Entry e = entries.get(key);
            return e == null ? null : e.value();
        }

        public Map<String, Entry> fields() {
            return entries;
        }
    }

    record Entry(String key, Position keyAt, YNode value) {
    }
}
