package io.briefcheck.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

/**
 * Report parts that a format writes after the parts it counts (JSON's findings after its summary,
 * JUnit's test cases after its totals), kept until the end: in memory up to {@link #IN_MEMORY}
 * characters, then in a temporary file (deleted on close), so a huge run holds none of its report.
 * Text is copied back as written; a JSON report's arrays are kept as they will print ({@link PrintedArray}).
 */
final class Spill implements AutoCloseable {
    private static final ObjectMapper MAPPER = new ObjectMapper().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    /** Characters kept in memory before the rest goes to a temporary file. */
    static final int IN_MEMORY = 1 << 20;

    private final StringBuilder memory = new StringBuilder();
    private Path file;
    private BufferedWriter disk;
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
        return out;
    }

    /** Copies the text kept to {@code to}. */
    void copyTo(Writer to) throws IOException {
        try (Reader in = reader()) {
            in.transferTo(to);
        }
    }

    @Override
    public void close() throws IOException {
        out.close();
        if (file != null) Files.deleteIfExists(file);
    }

    /**
     * The objects of one array of a JSON report, each kept as Jackson's default pretty printer prints it in
     * the whole report, {@code depth} objects deep, so that the end copies text into place ({@link #print})
     * instead of reading every object back and printing it again (a tenth of a 10,000-document check).
     */
    static final class PrintedArray implements AutoCloseable {
        private final ObjectWriter element;
        private final Spill kept = new Spill();
        /** Printed where the array goes, then replaced by it: random, so no value of the report holds it. */
        private final String standIn = "briefcheck-array-" + UUID.randomUUID();
        private boolean none = true;

        PrintedArray(int depth) {
            this.element = MAPPER.writer(new Deep(depth));
        }

        void add(Object object) throws IOException {
            Writer w = kept.writer();
            if (!none) w.write(", ");
            element.writeValue(w, object);
            none = false;
        }

        /** What the report holds where this array goes, until {@link #print} puts the array there. */
        Object standIn() {
            return List.of(standIn);
        }

        /** How the stand-in prints: "[ \"briefcheck-array-...\" ]". */
        private String printedStandIn() {
            return "[ \"" + standIn + "\" ]";
        }

        /** The array as the pretty printer prints it: "[ ]", or "[ {...}, {...} ]". */
        private void writeTo(Writer out) throws IOException {
            if (none) {
                out.write("[ ]");
                return;
            }
            out.write("[ ");
            kept.copyTo(out);
            out.write(" ]");
        }

        @Override
        public void close() throws IOException {
            kept.close();
        }
    }

    /**
     * Prints {@code root} as Jackson's default pretty printer does, with each array's kept objects in place of its
     * stand-in; the arrays are given in the order they appear in the report.
     */
    static void print(Writer out, Object root, PrintedArray... arrays) throws IOException {
        String rest = MAPPER.writer(new DefaultPrettyPrinter()).writeValueAsString(root);
        int from = 0;
        for (PrintedArray a : arrays) {
            String standIn = a.printedStandIn();
            int at = rest.indexOf(standIn, from);
            out.write(rest, from, at - from);
            a.writeTo(out);
            from = at + standIn.length();
        }
        out.write(rest, from, rest.length() - from);
    }

    /** Jackson's default pretty printer, starting {@code depth} objects deep. */
    private static final class Deep extends DefaultPrettyPrinter {
        private final int depth;

        Deep(int depth) {
            this.depth = depth;
            _nesting = depth;
        }

        @Override
        public DefaultPrettyPrinter createInstance() {
            return new Deep(depth);
        }
    }
}
