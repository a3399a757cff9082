package io.briefcheck.load;

/**
 * The open-addressing tables of {@link Fields} and {@link Ids}: an int array whose length is a power of two,
 * each slot 0 (empty) or a number + 1, probed one slot at a time from where a hash falls. The caller keeps the
 * hashes' keys and compares them (strings, bytes) while it walks {@link #first} and {@link #next}.
 */
final class Slots {
    private Slots() {
    }

    /** A table for {@code n} numbers, at most half full. */
    static int[] forSize(int n) {
        int length = 2;
        while (length < n * 2) length <<= 1;
        return new int[length];
    }

    /** The slot a hash is looked for from. */
    static int first(int[] table, int hash) {
        int h = hash * 0x9E3779B9;
        return (h ^ (h >>> 16)) & (table.length - 1);
    }

    /** The slot after {@code slot}. */
    static int next(int[] table, int slot) {
        return (slot + 1) & (table.length - 1);
    }

    /** Puts {@code number} in the first empty slot from its hash's. */
    static void put(int[] table, int hash, int number) {
        int s = first(table, hash);
        while (table[s] != 0) s = next(table, s);
        table[s] = number + 1;
    }
}
