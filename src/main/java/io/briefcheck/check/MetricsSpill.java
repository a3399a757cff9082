package io.briefcheck.check;

import static io.briefcheck.check.SpillFile.text;

import io.briefcheck.core.MetricsRow;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;

/**
 * The metrics table's rows of a run (one per post with results), which the report prints at its end in
 * document order, kept in a temporary file rather than in memory: a row costs about 16 bytes of memory here,
 * about 250 as an object, and a run of a million documents has a row for each post with results ({@link SpillFile}).
 * {@link #inOrder} reads them back in the order of their documents, row by row as a renderer asks.
 */
final class MetricsSpill implements AutoCloseable {
    private final SpillFile spill = new SpillFile("briefcheck-metrics-");
    private long[] position = new long[64];
    private long[] offset = new long[64];
    private int size;

    /** Keeps {@code row} of the document at {@code position} in the run (rows of one position keep their order). */
    void add(long position, MetricsRow row) throws IOException {
        if (size == this.position.length) {
            this.position = Arrays.copyOf(this.position, size * 2);
            offset = Arrays.copyOf(offset, size * 2);
        }
        this.position[size] = position;
        offset[size++] = spill.write(out -> write(out, row));
    }

    /** Every row, in the order of their documents; read from the file when asked, so valid until {@link #close}. */
    List<MetricsRow> inOrder() {
        if (size == 0) return List.of();
        // a stable sort of the row numbers by position: packed as position * 2^32 + row number (positions are ints or unknown)
        long[] order = new long[size];
        for (int i = 0; i < size; i++) order[i] = (Math.min(position[i], Integer.MAX_VALUE) << 32) | i;
        Arrays.sort(order);
        return new AbstractList<>() {
            @Override
            public MetricsRow get(int i) {
                try {
                    return read(spill.read(offset[(int) (order[i] & 0xFFFFFFFFL)]));
                } catch (IOException e) {
                    throw new UncheckedIOException("could not read back the metrics kept in " + spill.file(), e);
                }
            }

            @Override
            public int size() {
                return order.length;
            }
        };
    }

    @Override
    public void close() throws IOException {
        spill.close();
    }

    private static void write(DataOutputStream out, MetricsRow r) throws IOException {
        text(out, r.file());
        out.writeInt(r.index());
        text(out, r.post());
        text(out, r.kind());
        number(out, r.err());
        text(out, r.errBand());
        number(out, r.completion());
        out.writeDouble(r.completionStrong());
        out.writeInt(r.dropFrame());
        number(out, r.ctr());
        number(out, r.ctrLow());
        number(out, r.ctrHigh());
        text(out, r.industry());
        out.writeDouble(r.errSolid());
        out.writeDouble(r.errExceptional());
    }

    private static MetricsRow read(DataInputStream in) throws IOException {
        return new MetricsRow(text(in), in.readInt(), text(in), text(in), number(in), text(in),
                number(in), in.readDouble(), in.readInt(), number(in), number(in), number(in), text(in),
                in.readDouble(), in.readDouble());
    }

    private static void number(DataOutputStream out, Double d) throws IOException {
        out.writeBoolean(d != null);
        if (d != null) out.writeDouble(d);
    }

    private static Double number(DataInputStream in) throws IOException {
        return in.readBoolean() ? in.readDouble() : null;
    }
}
