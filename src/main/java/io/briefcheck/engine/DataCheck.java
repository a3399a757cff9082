package io.briefcheck.engine;

import io.briefcheck.load.Suggest;
import io.briefcheck.model.Coded;
import io.briefcheck.model.Industry;
import io.briefcheck.model.Platform;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * One run of the data schema over a rule set's merged data: the problems found so far ("file:line:col
 * message"), and the names that platforms, industries and tiers are compared with.
 */
final class DataCheck {

    private final List<String> problems = new ArrayList<>();
    private final List<String> tiers = new ArrayList<>();
    /** The rule folder the tier bands in effect come from. */
    private final int tiersLayer;

    DataCheck(Map<String, DataNode> namespaces) {
        int layer = 0;
        if (namespaces.get("creators") instanceof DataNode.Mapping c && c.entries().get("tiers") instanceof DataNode.Mapping t
                && t.entries().get("bands") instanceof DataNode.Sequence bands) {
            layer = bands.spot().layer();
            for (DataNode band : bands.items()) {
                if (band instanceof DataNode.Mapping b && b.entries().get("name") instanceof DataNode.Scalar n
                        && n.value() instanceof String name) {
                    tiers.add(name);
                }
            }
        }
        this.tiersLayer = layer;
    }

    void add(String problem) {
        problems.add(problem);
    }

    List<String> problems() {
        return problems;
    }

    /** The names a kind of value is one of; empty when any value of the right form will do. */
    List<String> known(DataKind kind) {
        return switch (kind) {
            case PLATFORM -> codes(Platform.values());
            case INDUSTRY -> codes(Industry.values());
            case TIER -> tiers;
            default -> List.of();
        };
    }

    /**
     * Whether {@code key} may name {@code value} in a map of keys of that kind. Tiers are the bands of
     * creators.yaml: a key written in an earlier folder than the bands in effect (the bundled rates of
     * a tier a user's bands renamed) is not the mistake of the file it is in, and is never read.
     */
    boolean fitsKey(DataKind kind, String key, DataNode value) {
        if (kind == DataKind.TIER && value.spot().layer() < tiersLayer) return true;
        return kind.accepts(key) && (known(kind).isEmpty() || known(kind).contains(key));
    }

    /** Checks one value against a kind: its type, then the form or name it must have. */
    void value(DataKind kind, DataNode node, String path) {
        if (!(node instanceof DataNode.Scalar s) || !kind.accepts(s.value())) {
            add(node.spot().atValue(path + " must be " + kind.description + ", not " + describe(node) + "."));
            return;
        }
        if (kind == DataKind.PATTERN) {
            try {
                Pattern.compile((String) s.value());
            } catch (PatternSyntaxException e) {
                add(node.spot().atValue(path + " is not a regular expression Java can read: " + e.getDescription()
                        + " (at character " + (e.getIndex() + 1) + ")."));
            }
        }
        List<String> names = known(kind);
        if (!names.isEmpty() && !names.contains(s.value())) {
            String guess = Suggest.closest((String) s.value(), names);
            add(node.spot().atValue(path + ": " + s.value() + " is not " + article(kind.singular) + "; "
                    + (guess != null ? "did you mean " + guess + "?" : "the " + kind.plural + " are " + String.join(", ", names) + ".")));
        }
    }

    /** A value as a message names it: the text "high", the number 5, yes/no (on), empty, a list. */
    static String describe(DataNode node) {
        if (node instanceof DataNode.Sequence) return "a list";
        if (node instanceof DataNode.Mapping) return "a map of keys";
        DataNode.Scalar s = (DataNode.Scalar) node;
        Object v = s.value();
        if (v == null) return "empty";
        if (v instanceof Boolean) return "yes/no (" + s.written() + ")";
        if (v instanceof Number) return "the number " + s.written();
        if (v instanceof String) return "the text \"" + s.written() + "\"";
        return "the value " + s.written();
    }

    static String article(String noun) {
        return ("aeiou".indexOf(noun.charAt(0)) >= 0 ? "an " : "a ") + noun;
    }

    /** The file a value was written in, as the user knows it: results.yaml. */
    static String fileName(DataNode node) {
        String p = node.spot().file().relativePath();
        return p.substring(p.lastIndexOf('/') + 1);
    }

    private static List<String> codes(Coded[] values) {
        return Arrays.stream(values).map(Coded::code).toList();
    }
}
