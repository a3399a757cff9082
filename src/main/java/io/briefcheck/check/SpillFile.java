package io.briefcheck.check;

import java.io.BufferedOutputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Records kept in a temporary file instead of memory (documents waiting for their turn, {@link Waiting}; the
 * metrics table's rows, {@link MetricsSpill}): each written whole, then read back by where it starts. The file
 * is made at the first record and deleted on {@link #close}. Texts are written with {@link #text}, which takes
 * any length and any chars.
 */
final class SpillFile implements AutoCloseable {
    /** Writes one record's fields. */
    interface Record {
        void writeTo(DataOutputStream out) throws IOException;
    }

    private final String prefix;
    private Path file;
    private DataOutputStream out;
    private long written;
    private RandomAccessFile reader;

    /** @param prefix the start of the temporary file's name ("briefcheck-waiting-") */
    SpillFile(String prefix) {
        this.prefix = prefix;
    }

    /** Writes a record; returns where it starts, for {@link #read}. */
    long write(Record record) throws IOException {
        if (out == null) {
            file = Files.createTempFile(prefix, ".bin");
            file.toFile().deleteOnExit();
            out = new DataOutputStream(new BufferedOutputStream(Files.newOutputStream(file), 1 << 16));
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        DataOutputStream fields = new DataOutputStream(bytes);
        record.writeTo(fields);
        fields.flush();
        long at = written;
        out.writeInt(bytes.size());
        bytes.writeTo((OutputStream) out);
        written += 4 + bytes.size();
        return at;
    }

    /** The fields of the record written at {@code at}. */
    DataInputStream read(long at) throws IOException {
        out.flush();
        if (reader == null) reader = new RandomAccessFile(file.toFile(), "r");
        reader.seek(at);
        byte[] bytes = new byte[reader.readInt()];
        reader.readFully(bytes);
        return new DataInputStream(new ByteArrayInputStream(bytes));
    }

    /** Where the records are, for messages (null before the first). */
    Path file() {
        return file;
    }

    @Override
    public void close() throws IOException {
        try {
            if (out != null) out.close();
            if (reader != null) reader.close();
        } finally {
            if (file != null) Files.deleteIfExists(file);
        }
    }

    /** A text of any length and any chars (a lone surrogate too), or null. */
    static void text(DataOutputStream out, String s) throws IOException {
        out.writeInt(s == null ? -1 : s.length());
        if (s != null) out.writeChars(s);
    }

    static String text(DataInputStream in) throws IOException {
        int n = in.readInt();
        if (n < 0) return null;
        char[] chars = new char[n];
        for (int i = 0; i < n; i++) chars[i] = in.readChar();
        return new String(chars);
    }
}
