package io.briefcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Report parts that a format writes after the parts it counts (JSON's findings after its summary,
 * JUnit's test cases after its totals), kept until the end: in memory up to {@link #IN_MEMORY}
 * characters, then in a temporary file (deleted on close), so a huge run holds none of its report.
 * Text is copied back as written; JSON objects are kept one per line (every non-ASCII character
 * escaped, so each reads back exactly) and read back one at a time.
 */
final class Spill implements AutoCloseable {
    private static final ObjectMapper LINES = JsonMapper.builder().enable(JsonWriteFeature.ESCAPE_NON_ASCII)
            .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET).build();

    /** Characters kept in memory before the rest goes to a temporary file. */
    static final int IN_MEMORY = 1 << 20;

    private final StringBuilder memory = new StringBuilder();
    private Path file;
    private BufferedWriter disk;
    private boolean empty = true;
    private final Writer out = new Writer() {
        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            if (disk == null && memory.length() + len > IN_MEMORY) {
                file = Files.createTempFile("briefcheck-report-", ".part");
                file.toFile().deleteOnExit();
                disk = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
                disk.append(memory);
                memory.setLength(0);
                memory.trimToSize();
            }
            if (disk != null) disk.write(cbuf, off, len);
            else memory.append(cbuf, off, len);
        }

        @Override
        public void flush() throws IOException {
            if (disk != null) disk.flush();
        }

        @Override
        public void close() throws IOException {
            if (disk != null) disk.close();
        }
    };

    private Reader reader() throws IOException {
        out.flush();
        return disk == null ? new java.io.StringReader(memory.toString()) : Files.newBufferedReader(file, StandardCharsets.UTF_8);
    }

    /** Where to write text to keep. */
    Writer writer() {
        empty = false;
        return out;
    }

    boolean isEmpty() {
        return empty;
    }

    /** Keeps one JSON object. */
    void add(Map<String, Object> object) throws IOException {
        empty = false;
        LINES.writeValue(out, object);
        out.write('\n');
    }

    /** Copies the text kept to {@code to}. */
    void copyTo(Writer to) throws IOException {
        try (Reader in = reader()) {
            in.transferTo(to);
        }
    }

    /** The JSON objects kept, read back in order one at a time (for a renderer that writes them as an array). */
    Iterable<Map<String, Object>> objects() {
        return () -> {
            try {
                BufferedReader in = new BufferedReader(reader());
                return new Iterator<>() {
                    private String next = read();

                    private String read() {
                        try {
                            String line = in.readLine();
                            if (line == null) in.close();
                            return line;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }

                    @Override
                    public boolean hasNext() {
                        return next != null;
                    }

                    @Override
                    @SuppressWarnings("unchecked")
                    public Map<String, Object> next() {
                        if (next == null) throw new NoSuchElementException();
                        try {
                            Map<String, Object> m = LINES.readValue(next, LinkedHashMap.class);
                            next = read();
                            return m;
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                };
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }

    @Override
    public void close() throws IOException {
        out.close();
        if (file != null) Files.deleteIfExists(file);
    }
}
