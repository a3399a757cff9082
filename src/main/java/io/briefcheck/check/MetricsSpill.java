package io.briefcheck.check;

import io.briefcheck.core.MetricsRow;
import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The metrics table's rows of a run (one per post with results), which the report prints at its end in
 * document order, kept in a temporary file rather than in memory: a row costs about 16 bytes of memory here,
 * about 250 as an object, and a run of a million documents has a row for each post with results.
 * {@link #inOrder} reads them back in the order of their documents, row by row as a renderer asks.
 */
final class MetricsSpill implements AutoCloseable {
    private long[] position = new long[64];
    private long[] offset = new long[64];
    private int size;
    private Path file;
    private DataOutputStream spill;
    private long written;
    private RandomAccessFile reader;

    /** Keeps {@code row} of the document at {@code position} in the run (rows of one position keep their order). */
    void add(long position, MetricsRow row) throws IOException {
        if (spill == null) {
            file = Files.createTempFile("briefcheck-metrics-", ".bin");
            file.toFile().deleteOnExit();
            spill = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        }
        if (size == this.position.length) {
            this.position = Arrays.copyOf(this.position, size * 2);
            offset = Arrays.copyOf(offset, size * 2);
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream out = new DataOutputStream(bytes);
        write(out, row);
        out.flush();
        this.position[size] = position;
        offset[size++] = written;
        spill.writeInt(bytes.size());
        bytes.writeTo((OutputStream) spill);
        written += 4 + bytes.size();
    }

    /** Every row, in the order of their documents; read from the file when asked, so valid until {@link #close}. */
    List<MetricsRow> inOrder() throws IOException {
        if (size == 0) return List.of();
        spill.flush();
        if (reader == null) reader = new RandomAccessFile(file.toFile(), "r");
        // a stable sort of the row numbers by position: packed as position * 2^32 + row number (positions are ints or unknown)
        long[] order = new long[size];
        for (int i = 0; i < size; i++) order[i] = (Math.min(position[i], Integer.MAX_VALUE) << 32) | i;
        Arrays.sort(order);
        int count = size;
        return new Rows(order, count);
    }

    private final class Rows extends AbstractList<MetricsRow> implements RandomAccess {
        private final long[] order;
        private final int count;

        Rows(long[] order, int count) {
            this.order = order;
            this.count = count;
        }

        @Override
        public MetricsRow get(int i) {
            int row = (int) (order[i] & 0xFFFFFFFFL);
            try {
                reader.seek(offset[row]);
                byte[] bytes = new byte[reader.readInt()];
                reader.readFully(bytes);
                return read(new DataInputStream(new ByteArrayInputStream(bytes)));
            } catch (IOException e) {
                throw new UncheckedIOException("could not read back the metrics kept in " + file, e);
            }
        }

        @Override
        public int size() {
            return count;
        }
    }

    @Override
    public void close() throws IOException {
        try {
            if (spill != null) spill.close();
            if (reader != null) reader.close();
        } finally {
            if (file != null) Files.deleteIfExists(file);
        }
    }

    private static void write(DataOutputStream out, MetricsRow r) throws IOException {
        Waiting.text(out, r.file());
        out.writeInt(r.index());
        Waiting.text(out, r.post());
        Waiting.text(out, r.kind());
        number(out, r.err());
        Waiting.text(out, r.errBand());
        number(out, r.completion());
        out.writeDouble(r.completionStrong());
        out.writeInt(r.dropFrame());
        number(out, r.ctr());
        number(out, r.ctrLow());
        number(out, r.ctrHigh());
        Waiting.text(out, r.industry());
        out.writeDouble(r.errSolid());
        out.writeDouble(r.errExceptional());
    }

    private static MetricsRow read(DataInputStream in) throws IOException {
        return new MetricsRow(Waiting.text(in), in.readInt(), Waiting.text(in), Waiting.text(in), number(in), Waiting.text(in),
                number(in), in.readDouble(), in.readInt(), number(in), number(in), number(in), Waiting.text(in),
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
