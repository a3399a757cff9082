package io.briefcheck.load;

import io.briefcheck.model.Kind;
import io.briefcheck.model.Located;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One input document as loaded: where it is, what it is, the typed fact built from it (null when
 * it could not be read) and the problems found while reading it.
 */
public final class Document {
    private final String file;
    private final int index;
    private final Position start;
    private final Kind kind;
    private final String id;
    private final Located fact;
    private Fields fields;
    private final List<Problem> problems;
    private int firstLine = 1;
    private List<String> lines = List.of();
    private List<Borrowed> borrowed = List.of();

    Document(String file, int index, Position start, Kind kind, String id, Located fact,
             Fields fields, List<Problem> problems) {
        this.file = file;
        this.index = index;
        this.start = start;
        this.kind = kind;
        this.id = id;
        this.fact = fact;
        this.fields = fields;
        this.problems = new ArrayList<>(problems);
    }

    static Document unreadable(String file, int index, Position start, Problem problem) {
        return new Document(file, index, start, null, null, null, Fields.NONE, List.of(problem));
    }

    public String file() { return file; }
    public int index() { return index; }
    public Position start() { return start; }
    /** Null when the kind is missing or unknown. */
    public Kind kind() { return kind; }
    /** The id (a brief's or post's id, a creator's handle, a result's post); may be null. */
    public String id() { return id; }
    /** The typed fact, or null when the document could not be read. */
    public Located fact() { return fact; }
    public List<Problem> problems() { return Collections.unmodifiableList(problems); }

    void setBorrowed(List<Borrowed> borrowed) {
        this.borrowed = List.copyOf(borrowed);
    }

    /** A place in a file: the file's name as reports show it, and the line and column. */
    public record Place(String file, Position at) {
    }

    /**
     * Where a finding about {@code path} (character {@code offset} of its text; -1 for the whole value) is
     * shown: in this document's file, or, for a value the document took from a file it names (a transcript
     * read from subtitles), in that file.
     */
    public Place placeOf(String path, int offset) {
        Borrowed b = borrowing(path);
        if (b != null) return new Place(b.file(), b.positionOf(path, offset));
        return new Place(file, offset < 0 ? positionOf(path) : positionOf(path, offset));
    }

    /** The file the value at {@code path} came from, or null when it was written in this document. */
    private Borrowed borrowing(String path) {
        for (Borrowed b : borrowed) if (b.covers(path)) return b;
        return null;
    }

    /**
     * Where character {@code offset} of the text value at {@code path} was written, when its
     * characters map one to one onto the file (see {@link TextLayout}); else where the value starts.
     */
    public Position positionOf(String path, int offset) {
        TextLayout layout = fields.layout(path);
        if (layout == null || offset < 0) return positionOf(path);
        return layout.positionOf(offset);
    }

    void addProblem(Problem p) {
        problems.add(p);
    }

    /**
     * Keeps the document's own source lines (from 1-based {@code firstLine}) and its fields: those it was read
     * with, or for a document that could not be read, those its YAML had (to quote their text).
     */
    void attachText(int firstLine, List<String> lines, Fields fields) {
        this.firstLine = firstLine;
        this.lines = lines;
        if (this.fields == Fields.NONE) this.fields = fields;
    }

    /**
     * The source text of a 1-based line of {@code file}: this document's file (the line must belong to this
     * document), or a file it took text from; else null.
     */
    public String lineText(String file, int line) {
        if (this.file.equals(file)) return lineText(line);
        for (Borrowed b : borrowed) if (b.file().equals(file)) return b.lineText(line);
        return null;
    }

    /** The source text of a 1-based line of the file, when it belongs to this document; else null. */
    public String lineText(int line) {
        int i = line - firstLine;
        return i >= 0 && i < lines.size() ? lines.get(i) : null;
    }

    /**
     * The text value written at a field path (a caption, a date), or null for sections, lists and absent fields;
     * for a value taken from a file the document names (a subtitle cue), the value read from there.
     */
    public String valueAt(String path) {
        Borrowed b = borrowing(path);
        if (b != null) return b.valueAt(path);
        return fields.value(path == null ? "" : path);
    }

    /** The comments written in this document (only those mentioning {@code mention}, which keeps it cheap). */
    public List<Comment> comments(String mention) {
        return Comment.read(firstLine, lines, mention);
    }

    /**
     * Where a field path was written. A path that is absent (a missing field) resolves to its
     * nearest written parent, so "campaign.objectives" points at "campaign:" when it has no
     * objectives, and at the document's start when there is no campaign at all. A list item has no
     * key, so a missing field inside one points at the item's first line. A value taken from a file the
     * document names (see {@link #placeOf}) is where the document names that file.
     */
    public Position positionOf(String path) {
        Borrowed b = borrowing(path);
        if (b != null) return b.named();
        String p = path == null ? "" : path;
        Position exact = fields.valueAt(p);
        if (exact != null && !p.isEmpty()) return exact;
        while (!p.isEmpty()) {
            p = parent(p);
            Position key = fields.keyAt(p);
            if (key != null) return key;
            Position value = fields.valueAt(p);
            if (value != null && !p.isEmpty()) return value;
        }
        return start;
    }

    static String parent(String path) {
        int dot = path.lastIndexOf('.');
        int bracket = path.lastIndexOf('[');
        int cut = Math.max(dot, bracket);
        return cut < 0 ? "" : path.substring(0, cut);
    }
}
