package io.briefcheck.engine;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A condition between two numbers of one map in the data schema, such as
 * {@code solid < exceptional: a post can't be solid above exceptional}. A side is a key of the map,
 * {@code next key} (the same key in a list's next item) or a number; {@code <} or {@code <=}.
 */
record OrderCheck(Operand left, boolean orEqual, Operand right, String why) {

    private static final Pattern FORM = Pattern.compile("\\s*(next\\s+)?(\\S+)\\s*(<=|<)\\s*(next\\s+)?(\\S+)\\s*");

    /** A side of the condition: a key of this item or the next one, or a number written in the schema. */
    record Operand(String key, boolean next, Double number) {
        static Operand of(String next, String word) {
            return word.matches("-?\\d+(\\.\\d+)?") ? new Operand(null, false, Double.valueOf(word))
                    : new Operand(word, next != null, null);
        }
    }

    static OrderCheck parse(String condition, String why) {
        Matcher m = FORM.matcher(condition);
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + condition + "' is not 'a < b' or 'a <= b'");
        }
        Operand left = Operand.of(m.group(1), m.group(2));
        Operand right = Operand.of(m.group(4), m.group(5));
        if (left.number() != null && right.number() != null) {
            throw new IllegalArgumentException("'" + condition + "' compares two numbers; one side must be a key");
        }
        return new OrderCheck(left, m.group(3).equals("<="), right, why);
    }

    /** Whether a side is in the next item of a list, so the check runs between neighbours. */
    boolean betweenItems() {
        return left.next() || right.next();
    }

    /**
     * Checks the condition on {@code here} (and {@code next}, a list's following item). A side that is
     * missing or not a number is left to the type checks. The problem is reported at the side written
     * by the later rule folder, the one that broke the order.
     */
    void check(DataNode.Mapping here, String herePath, DataNode.Mapping next, String nextPath, DataCheck check) {
        Side l = side(left, here, herePath, next, nextPath);
        Side r = side(right, here, herePath, next, nextPath);
        if (l == null || r == null) return;
        double a = l.value();
        double b = r.value();
        if (orEqual ? a <= b : a < b) return;
        DataNode.Scalar at = l.node() == null || (r.node() != null && r.node().spot().layer() > l.node().spot().layer())
                ? r.node() : l.node();
        String message = l.node() == null
                ? r.name() + " (" + r.written() + ") must be " + (orEqual ? "at least " : "above ") + l.written()
                : l.name() + " (" + l.written() + ") must be " + (orEqual ? "at most " : "below ") + r.name()
                        + (r.node() == null ? "" : " (" + r.written() + ")");
        check.add(at.spot().atValue(message + ": " + why + (why.endsWith(".") ? "" : ".")));
    }

    private record Side(String name, String written, double value, DataNode.Scalar node) {
    }

    private static Side side(Operand o, DataNode.Mapping here, String herePath, DataNode.Mapping next, String nextPath) {
        if (o.number() != null) {
            String w = o.number() == Math.rint(o.number()) ? String.valueOf(o.number().longValue()) : o.number().toString();
            return new Side(w, w, o.number(), null);
        }
        DataNode.Mapping map = o.next() ? next : here;
        if (map == null) return null;
        if (!(map.entries().get(o.key()) instanceof DataNode.Scalar s && s.value() instanceof Number n)) return null;
        String path = o.next() ? nextPath : herePath;
        return new Side(path.isEmpty() ? o.key() : path + "." + o.key(), s.written(), n.doubleValue(), s);
    }
}
