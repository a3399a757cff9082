package io.briefcheck.load;

import java.util.Arrays;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a document keeps of its YAML tree, by field path ({@code campaign.objectives},
 * {@code influencers[0].handle}): where each value and each key was written, the text of each
 * scalar, and the layout of a text whose characters map one to one onto the file ({@link TextLayout}).
 * <p>
 * Held compactly, because a run holds up to 10,000 documents of about a hundred paths each: one
 * table of paths (the same path string shared by every document that has it), positions packed two
 * ints to a long, and an open-addressing index instead of four hash maps. It was about two thirds
 * of a held document's memory (docs/performance.md).
 */
final class Fields {

    static final Fields NONE = new Builder(false).build();

    /** Path strings shared between documents; bounded, so a document of a million list items cannot fill it. */
    private static final ConcurrentHashMap<String, String> SHARED = new ConcurrentHashMap<>();
    private static final int SHARED_MAX = 20_000;
    private static final long ABSENT = Long.MIN_VALUE;

    private final String[] paths;
    private final long[] valueAt;
    private final long[] keyAt;
    private final String[] values;
    /** Null when no value has a layout. */
    private final TextLayout[] layouts;
    /** Slot to path number + 1 (0: empty); its length is a power of two. */
    private final int[] slots;

    private Fields(Builder b) {
        int n = b.size;
        paths = Arrays.copyOf(b.paths, n);
        valueAt = Arrays.copyOf(b.valueAt, n);
        keyAt = Arrays.copyOf(b.keyAt, n);
        values = Arrays.copyOf(b.values, n);
        layouts = b.anyLayout ? Arrays.copyOf(b.layouts, n) : null;
        slots = b.slots(n);
    }

    /** Where the value at {@code path} was written (a section's or list's at its key), or null. */
    Position valueAt(String path) {
        int i = find(paths, slots, path);
        return i < 0 ? null : unpack(valueAt[i]);
    }

    /** Where the key of the field at {@code path} was written, or null (the root, list items, absent fields). */
    Position keyAt(String path) {
        int i = find(paths, slots, path);
        return i < 0 ? null : unpack(keyAt[i]);
    }

    /** The text of the scalar at {@code path} (not null in YAML), or null. */
    String value(String path) {
        int i = find(paths, slots, path);
        return i < 0 ? null : values[i];
    }

    TextLayout layout(String path) {
        if (layouts == null) return null;
        int i = find(paths, slots, path);
        return i < 0 ? null : layouts[i];
    }

    /**
     * Every path of a YAML tree with its text and layout; with {@code positions}, where it was written too (a
     * scalar at its value, a section or list at its key, so a finding about a whole section points at the
     * line that names it). The first of two equal paths keeps its position and text, the last its layout.
     */
    static Fields of(YNode root, boolean positions) {
        Builder b = new Builder(positions);
        b.walk(root, "", null);
        return b.build();
    }

    private static Position unpack(long packed) {
        return packed == ABSENT ? null : new Position((int) (packed >> 32), (int) packed);
    }

    private static long pack(Position p) {
        return p == null ? ABSENT : ((long) p.line() << 32) | (p.column() & 0xFFFFFFFFL);
    }

    private static int find(String[] paths, int[] slots, String path) {
        if (path == null || paths.length == 0) return -1;
        for (int s = Slots.first(slots, path.hashCode()); slots[s] != 0; s = Slots.next(slots, s)) {
            String p = paths[slots[s] - 1];
            if (p == path || p.equals(path)) return slots[s] - 1;
        }
        return -1;
    }

    private static String share(String path) {
        String shared = SHARED.get(path);
        if (shared != null) return shared;
        if (SHARED.size() >= SHARED_MAX) return path;
        shared = SHARED.putIfAbsent(path, path);
        return shared == null ? path : shared;
    }

    private static final class Builder {
        private final boolean positions;
        private String[] paths = new String[32];
        private long[] valueAt = new long[32];
        private long[] keyAt = new long[32];
        private String[] values = new String[32];
        private TextLayout[] layouts = new TextLayout[32];
        private boolean anyLayout;
        private int size;
        /** While building: slots of a table twice the paths' capacity. */
        private int[] index = new int[64];

        Builder(boolean positions) {
            this.positions = positions;
        }

        void walk(YNode node, String path, Position keyPos) {
            int i = entry(path);
            if (positions && valueAt[i] == ABSENT) valueAt[i] = pack(node instanceof YNode.Scalar || keyPos == null ? node.at() : keyPos);
            if (node instanceof YNode.Scalar s) {
                if (!s.isNull() && values[i] == null) values[i] = s.text();
                if (positions && s.layout() != null) {
                    layouts[i] = s.layout();
                    anyLayout = true;
                }
            } else if (node instanceof YNode.Mapping m) {
                for (YNode.Entry e : m.fields().values()) {
                    String child = path.isEmpty() ? e.key() : path + "." + e.key();
                    if (positions) {
                        int c = entry(child);
                        if (keyAt[c] == ABSENT) keyAt[c] = pack(e.keyAt());
                    }
                    walk(e.value(), child, e.keyAt());
                }
            } else if (node instanceof YNode.Seq s) {
                for (int k = 0; k < s.items().size(); k++) walk(s.items().get(k), path + "[" + k + "]", null);
            }
        }

        /** The number of {@code path}, added when new. */
        private int entry(String path) {
            int i = find(paths, index, path);
            if (i >= 0) return i;
            if (size == paths.length) grow();
            paths[size] = share(path);
            valueAt[size] = ABSENT;
            keyAt[size] = ABSENT;
            Slots.put(index, paths[size].hashCode(), size);
            return size++;
        }

        private void grow() {
            int n = paths.length * 2;
            paths = Arrays.copyOf(paths, n);
            valueAt = Arrays.copyOf(valueAt, n);
            keyAt = Arrays.copyOf(keyAt, n);
            values = Arrays.copyOf(values, n);
            layouts = Arrays.copyOf(layouts, n);
            index = Slots.forSize(n);
            for (int i = 0; i < size; i++) Slots.put(index, paths[i].hashCode(), i);
        }

        /** A table of the first {@code n} paths (no more to come), at most half full. */
        int[] slots(int n) {
            int[] table = Slots.forSize(n);
            for (int i = 0; i < n; i++) Slots.put(table, paths[i].hashCode(), i);
            return table;
        }

        Fields build() {
            return new Fields(this);
        }
    }
}
