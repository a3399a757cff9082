package io.briefcheck.load;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The ids, handles and references of a run's documents, each numbered once (0, 1, 2, ... in the order
 * first added), so an index of a million documents holds ints instead of strings.
 * <p>
 * The texts are kept as UTF-8 in blocks of a megabyte, with an open-addressing table: about 20 bytes
 * and the text's length per id, where a {@code HashMap<String, Integer>} costs about 100.
 */
public final class Ids {
    private static final int BLOCK = 1 << 20;

    private final List<byte[]> blocks = new ArrayList<>();
    private int used = BLOCK;
    private int[] blockOf = new int[64];
    private int[] offsetOf = new int[64];
    private int[] lengthOf = new int[64];
    private int[] hashOf = new int[64];
    /** Slot to number + 1 (0: empty); a power of two, at most half full. */
    private int[] slots = new int[128];
    private int size;

    /** How many texts are numbered. */
    public int size() {
        return size;
    }

    /** The number of {@code text}, numbering it when it is new; -1 for null. */
    public int add(String text) {
        if (text == null) return -1;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        int hash = Arrays.hashCode(bytes);
        int found = find(bytes, hash);
        if (found >= 0) return found;
        if (size == blockOf.length) grow();
        if (bytes.length > BLOCK) {
            blocks.add(bytes);
            blockOf[size] = blocks.size() - 1;
            offsetOf[size] = 0;
            used = BLOCK;
        } else {
            if (blocks.isEmpty() || used + bytes.length > BLOCK) {
                blocks.add(new byte[BLOCK]);
                used = 0;
            }
            System.arraycopy(bytes, 0, blocks.get(blocks.size() - 1), used, bytes.length);
            blockOf[size] = blocks.size() - 1;
            offsetOf[size] = used;
            used += bytes.length;
        }
        lengthOf[size] = bytes.length;
        hashOf[size] = hash;
        Slots.put(slots, hash, size);
        return size++;
    }

    /** The number of {@code text}, or -1 when it has none (or is null). */
    public int find(String text) {
        if (text == null) return -1;
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return find(bytes, Arrays.hashCode(bytes));
    }

    /** The text numbered {@code number}; null for -1. */
    public String get(int number) {
        if (number < 0) return null;
        return new String(blocks.get(blockOf[number]), offsetOf[number], lengthOf[number], StandardCharsets.UTF_8);
    }

    private int find(byte[] bytes, int hash) {
        for (int s = Slots.first(slots, hash); slots[s] != 0; s = Slots.next(slots, s)) {
            int n = slots[s] - 1;
            if (hashOf[n] == hash && lengthOf[n] == bytes.length
                    && Arrays.equals(blocks.get(blockOf[n]), offsetOf[n], offsetOf[n] + lengthOf[n], bytes, 0, bytes.length)) {
                return n;
            }
        }
        return -1;
    }

    private void grow() {
        int n = blockOf.length * 2;
        blockOf = Arrays.copyOf(blockOf, n);
        offsetOf = Arrays.copyOf(offsetOf, n);
        lengthOf = Arrays.copyOf(lengthOf, n);
        hashOf = Arrays.copyOf(hashOf, n);
        slots = Slots.forSize(n);
        for (int i = 0; i < size; i++) Slots.put(slots, hashOf[i], i);
    }
}
