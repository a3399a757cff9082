package io.briefcheck.engine;

import io.briefcheck.load.Suggest;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a value of a data file must look like: one piece of the data schema (see data-schema.yaml
 * for the notation). Checks add their problems to a {@link DataCheck}; {@code path} is the value's
 * dotted path in its file ("err.solid"), empty for the file itself.
 */
sealed interface DataShape permits DataShape.Leaf, DataShape.Fields, DataShape.ListOf {

    void check(DataNode node, String path, DataCheck check);

    /** What to write where the value is missing: "a count (...)", "a map with the keys a, b". */
    String describe();

    /** The schema's notation: a kind ("count or null", "list of text"), a map of keys, or a list of one item. */
    static DataShape parse(Object spec, String where) {
        if (spec instanceof String s) return Leaf.parse(s, where);
        if (spec instanceof List<?> l && l.size() == 1) return new ListOf(parse(l.get(0), where + "[0]"));
        if (spec instanceof Map<?, ?> m) return Fields.parse(m, where);
        throw new IllegalArgumentException(where + ": expected a kind, a map or a list of one item, not " + spec);
    }

    static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    /** A single value of one kind, or a list of them; {@code or null} lets it be empty. */
    record Leaf(DataKind kind, boolean list, boolean nullable) implements DataShape {

        static Leaf parse(String spec, String where) {
            boolean nullable = spec.endsWith(" or null");
            String s = nullable ? spec.substring(0, spec.length() - " or null".length()) : spec;
            boolean list = s.startsWith("list of ");
            DataKind kind = list ? DataKind.namedPlural(s.substring("list of ".length())) : DataKind.named(s);
            if (kind == null) throw new IllegalArgumentException(where + ": unknown kind '" + spec + "'");
            return new Leaf(kind, list, nullable);
        }

        @Override
        public void check(DataNode node, String path, DataCheck check) {
            if (nullable && node instanceof DataNode.Scalar s && s.value() == null) return;
            if (!list) {
                check.value(kind, node, path);
            } else if (node instanceof DataNode.Sequence seq) {
                for (int i = 0; i < seq.items().size(); i++) check.value(kind, seq.items().get(i), path + "[" + i + "]");
            } else {
                check.add(node.spot().atValue(path + " must be " + describe()
                        + " ([a, b], or one \"- item\" a line), not " + DataCheck.describe(node) + "."));
            }
        }

        @Override
        public String describe() {
            return (list ? "a list of " + kind.plural : kind.description) + (nullable ? ", or nothing" : "");
        }
    }

    /** A key of a map, and whether the map must have it. */
    record Field(DataShape shape, boolean required) {
    }

    /**
     * A map: its named keys, optionally any number of keys of one kind ({@code <platform>}) and
     * conditions between its numbers. A key neither named nor of that kind is a mistake: it changes nothing.
     */
    record Fields(Map<String, Field> named, DataKind anyKey, DataShape anyShape, List<OrderCheck> checks)
            implements DataShape {

        static Fields parse(Map<?, ?> spec, String where) {
            Map<String, Field> named = new LinkedHashMap<>();
            List<OrderCheck> checks = new ArrayList<>();
            DataKind anyKey = null;
            DataShape anyShape = null;
            for (Map.Entry<?, ?> e : spec.entrySet()) {
                String key = String.valueOf(e.getKey());
                String at = where + "." + key;
                if (key.equals("$checks")) {
                    for (Object c : (List<?>) e.getValue()) {
                        Map.Entry<?, ?> only = ((Map<?, ?>) c).entrySet().iterator().next();
                        checks.add(OrderCheck.parse(String.valueOf(only.getKey()), String.valueOf(only.getValue())));
                    }
                } else if (key.startsWith("<") && key.endsWith(">")) {
                    anyKey = DataKind.named(key.substring(1, key.length() - 1));
                    if (anyKey == null) throw new IllegalArgumentException(at + ": unknown kind of key");
                    anyShape = DataShape.parse(e.getValue(), at);
                } else if (key.endsWith("?")) {
                    named.put(key.substring(0, key.length() - 1), new Field(DataShape.parse(e.getValue(), at), false));
                } else {
                    named.put(key, new Field(DataShape.parse(e.getValue(), at), true));
                }
            }
            return new Fields(named, anyKey, anyShape, checks);
        }

        @Override
        public void check(DataNode node, String path, DataCheck check) {
            if (!(node instanceof DataNode.Mapping map)) {
                check.add(node.spot().atValue(path + " must be " + describe() + " (one \"key: value\" a line, indented below "
                        + path + "), not " + DataCheck.describe(node) + "."));
                return;
            }
            String label = path.isEmpty() ? DataCheck.fileName(node) : path;
            map.entries().forEach((key, value) -> {
                Field field = named.get(key);
                if (field != null) {
                    field.shape().check(value, join(path, key), check);
                } else if (anyKey != null && check.fitsKey(anyKey, key, value)) {
                    anyShape.check(value, join(path, key), check);
                } else {
                    check.add(value.spot().atKey(unknown(key, path, label, check)));
                }
            });
            named.forEach((key, field) -> {
                if (field.required() && !map.entries().containsKey(key)) {
                    check.add(map.spot().atKey(label + " has no " + key + "; add it: " + field.shape().describe() + "."));
                }
            });
            for (OrderCheck c : checks) if (!c.betweenItems()) c.check(map, path, null, null, check);
        }

        private String unknown(String key, String path, String label, DataCheck check) {
            List<String> candidates = new ArrayList<>(named.keySet());
            List<String> names = anyKey == null ? List.of() : check.known(anyKey);
            candidates.addAll(names);
            String guess = Suggest.closest(key, candidates);
            String what = join(path, key) + (anyKey == null ? " is not a key briefcheck reads"
                    : ": " + key + " is not " + DataCheck.article(anyKey.singular)
                            + (named.isEmpty() ? "" : " nor a key briefcheck reads"));
            String fix = guess != null ? "did you mean " + join(path, guess) + "?"
                    : anyKey == null ? "the keys of " + label + " are " + String.join(", ", named.keySet()) + "."
                    : !names.isEmpty() ? "the " + anyKey.plural + " are " + String.join(", ", names) + "."
                    : "write " + anyKey.description + ".";
            return what + ", so it changes nothing; " + fix;
        }

        @Override
        public String describe() {
            List<String> keys = new ArrayList<>();
            named.forEach((k, f) -> {
                if (f.required()) keys.add(k);
            });
            String each = anyKey == null ? "" : "a key for each " + anyKey.singular;
            if (keys.isEmpty()) return "a map with " + (each.isEmpty() ? "any keys" : each);
            return "a map with the keys " + String.join(", ", keys) + (each.isEmpty() ? "" : " and " + each);
        }
    }

    /** A list whose items all have one shape; an item's {@code next} conditions compare it with the following item. */
    record ListOf(DataShape item) implements DataShape {

        @Override
        public void check(DataNode node, String path, DataCheck check) {
            if (!(node instanceof DataNode.Sequence seq)) {
                check.add(node.spot().atValue(path + " must be " + describe() + " (one \"- \" item a line), not "
                        + DataCheck.describe(node) + "."));
                return;
            }
            List<DataNode> items = seq.items();
            for (int i = 0; i < items.size(); i++) item.check(items.get(i), path + "[" + i + "]", check);
            if (!(item instanceof Fields f)) return;
            for (int i = 0; i + 1 < items.size(); i++) {
                if (items.get(i) instanceof DataNode.Mapping here && items.get(i + 1) instanceof DataNode.Mapping next) {
                    for (OrderCheck c : f.checks()) {
                        if (c.betweenItems()) c.check(here, path + "[" + i + "]", next, path + "[" + (i + 1) + "]", check);
                    }
                }
            }
        }

        @Override
        public String describe() {
            return "a list, each item " + item.describe();
        }
    }
}
