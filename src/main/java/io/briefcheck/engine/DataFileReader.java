package io.briefcheck.engine;

import io.briefcheck.load.Position;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads one rule data file into a {@link DataNode} tree. Single values mean what SnakeYAML says they
 * mean (numbers, yes/no, dates; anchors and merge keys work); keys are kept as written, so a market
 * {@code NO:} stays "NO" instead of becoming "false".
 */
final class DataFileReader {

    /** Far deeper than any data file needs; also ends a recursive alias. */
    private static final int MAX_DEPTH = 40;

    private final RuleFile file;
    private final int layer;
    private final List<String> problems;
    private final Values values = new Values();

    private DataFileReader(RuleFile file, int layer, List<String> problems) {
        this.file = file;
        this.layer = layer;
        this.problems = problems;
    }

    /** The file's values, or null when it cannot be read; each reason is added to {@code problems}. */
    static DataNode read(RuleFile file, int layer, List<String> problems) {
        return new DataFileReader(file, layer, problems).read();
    }

    private DataNode read() {
        try {
            Node root = new Yaml(values).compose(new StringReader(file.text()));
            if (root == null) return new DataNode.Mapping(spot(Position.START, Position.START), Map.of());
            if (!(root instanceof MappingNode)) {
                problems.add(spot(Position.START, at(root)).atValue(
                        "a data file must be a set of named values, one \"key: value\" a line."));
                return null;
            }
            return node(root, Position.START, "", 0);
        } catch (MarkedYAMLException e) {
            Mark m = e.getProblemMark();
            Position p = m == null ? Position.START : new Position(m.getLine() + 1, m.getColumn() + 1);
            problems.add(spot(p, p).atValue("invalid YAML: " + e.getProblem()));
        } catch (YAMLException e) {
            problems.add(spot(Position.START, Position.START).atValue("invalid YAML: " + e.getMessage()));
        }
        return null;
    }

    private DataNode node(Node n, Position key, String path, int depth) {
        if (depth > MAX_DEPTH) {
            problems.add(spot(key, at(n)).atValue(path + " is nested more than " + MAX_DEPTH
                    + " levels deep; data needs only a few (is an alias, *name, repeating itself?)."));
            return null;
        }
        if (n instanceof ScalarNode s) return new DataNode.Scalar(spot(key, at(n)), s.getValue(), values.scalar(s));
        if (n instanceof SequenceNode seq) {
            List<DataNode> items = new ArrayList<>();
            for (Node item : seq.getValue()) {
                DataNode read = node(item, at(item), path + "[" + items.size() + "]", depth + 1);
                if (read != null) items.add(read);
            }
            return new DataNode.Sequence(spot(key, at(n)), items);
        }
        MappingNode map = (MappingNode) n;
        reportDuplicates(map, path);
        values.resolveMerges(map);
        Map<String, DataNode> entries = new LinkedHashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k)) {
                problems.add(spot(at(t.getKeyNode()), at(t.getKeyNode())).atKey(
                        (path.isEmpty() ? "a" : path + " has a") + " key that is a list or a map; write a name."));
                continue;
            }
            DataNode read = node(t.getValueNode(), at(k), path.isEmpty() ? k.getValue() : path + "." + k.getValue(), depth + 1);
            if (read != null) entries.put(k.getValue(), read);
        }
        return new DataNode.Mapping(spot(key, at(n)), entries);
    }

    /** YAML keeps the last of two equal keys without a word; in a data file that hides a typo or a stale value. */
    private void reportDuplicates(MappingNode map, String path) {
        Map<String, Node> seen = new HashMap<>();
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k) || Tag.MERGE.equals(k.getTag())) continue;
            Node first = seen.putIfAbsent(k.getValue(), k);
            if (first != null) {
                problems.add(spot(at(k), at(k)).atKey((path.isEmpty() ? "" : path + ".") + k.getValue()
                        + " is written twice (first on line " + at(first).line() + "); keep one."));
            }
        }
    }

    private DataNode.Spot spot(Position key, Position value) {
        return new DataNode.Spot(file, layer, key, value);
    }

    private static Position at(Node n) {
        Mark m = n.getStartMark();
        return m == null ? Position.START : new Position(m.getLine() + 1, m.getColumn() + 1);
    }

    /** SnakeYAML's safe reading of single values and merge keys, without its map building. */
    private static final class Values extends SafeConstructor {
        Values() {
            super(new LoaderOptions());
        }

        Object scalar(ScalarNode n) {
            return constructObject(n);
        }

        void resolveMerges(MappingNode n) {
            flattenMapping(n);
        }
    }
}
