package io.briefcheck.engine;

import io.briefcheck.load.Position;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a rule data file with the place it was written. A namespace's tree is every folder's
 * file merged key by key, and each value keeps its own place, so a problem is reported in the file
 * that caused it (a user's override, not the bundled file under it).
 */
sealed interface DataNode permits DataNode.Scalar, DataNode.Mapping, DataNode.Sequence {

    Spot spot();

    /** The plain value rules read: maps and lists read-only, keys as written. */
    Object plain();

    /**
     * A value's file, its folder's place in the load order (later folders override earlier ones),
     * and where its key and the value itself start.
     */
    record Spot(RuleFile file, int layer, Position key, Position value) {

        String atKey(String message) {
            return file.displayPath() + ":" + key.line() + ":" + key.column() + " " + message;
        }

        String atValue(String message) {
            return file.displayPath() + ":" + value.line() + ":" + value.column() + " " + message;
        }
    }

    /** A single value: {@code written} is its text in the file, {@code value} what YAML reads it as. */
    record Scalar(Spot spot, String written, Object value) implements DataNode {
        @Override
        public Object plain() {
            return value;
        }
    }

    record Mapping(Spot spot, Map<String, DataNode> entries) implements DataNode {
        @Override
        public Object plain() {
            Map<String, Object> out = new LinkedHashMap<>();
            entries.forEach((k, v) -> out.put(k, v.plain()));
            return Collections.unmodifiableMap(out);
        }
    }

    record Sequence(Spot spot, List<DataNode> items) implements DataNode {
        @Override
        public Object plain() {
            List<Object> out = new ArrayList<>(items.size());
            for (DataNode item : items) out.add(item.plain());
            return Collections.unmodifiableList(out);
        }
    }

    /** {@code over} laid on {@code base}: two maps merge key by key, anything else is replaced. */
    static DataNode merge(DataNode base, DataNode over) {
        if (base instanceof Mapping b && over instanceof Mapping o) {
            Map<String, DataNode> out = new LinkedHashMap<>(b.entries());
            o.entries().forEach((k, v) -> out.put(k, merge(out.get(k), v)));
            return new Mapping(o.spot(), out);
        }
        return over;
    }
}
