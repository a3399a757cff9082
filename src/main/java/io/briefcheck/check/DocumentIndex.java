package io.briefcheck.check;

import io.briefcheck.engine.Groups;
import io.briefcheck.load.CrossReferences;
import io.briefcheck.load.Document;
import io.briefcheck.load.Ids;
import io.briefcheck.model.Kind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What a streamed run keeps of each document after reading it once (StreamingCheck's first pass): where it
 * is (its file among the run's and its index there) and what other documents refer to: its kind, id and the
 * ids it names ({@link CrossReferences.Index}), and, for a readable document, the creators it names
 * ({@link Groups.Linked}). Where a problem's field was written is found when the document is read again.
 * <p>
 * About 35 bytes a document and its ids' texts, in arrays and one {@link Ids}: a million documents in about
 * 90 MB, where records of strings and positions took about 400 bytes a document (docs/performance.md).
 */
final class DocumentIndex implements CrossReferences.Index {
    private static final byte NO_KIND = -1;
    private static final int[] NONE = new int[0];

    private final Ids ids = new Ids();
    /** The file of each source, as reports show it: all documents of a source are in the same file. */
    private final List<String> fileOf = new ArrayList<>();
    private int size;
    private byte[] kind = new byte[64];
    private boolean[] readable = new boolean[64];
    private int[] source = new int[64];
    private int[] index = new int[64];
    private int[] id = new int[64];
    private int[] brief = new int[64];
    private int[] post = new int[64];
    /** A creator's handle key (influencer documents), else -1. */
    private int[] profile = new int[64];
    private int[] idLine = new int[64];
    /** The creators a readable document names: {@code named[namedFrom[i]..namedFrom[i+1])}. */
    private int[] namedFrom = new int[65];
    private int[] named = new int[64];
    private int namedSize;
    /** Positions of the readable documents, in order. */
    private int[] readableAt = new int[64];
    private int readableCount;

    /** Adds the document read from {@code source} (a place in the run's list of files). */
    void add(Document d, int source) {
        if (size == kind.length) grow();
        int i = size++;
        CrossReferences.Names n = CrossReferences.Names.of(d);
        kind[i] = n.kind() == null ? NO_KIND : (byte) n.kind().ordinal();
        while (fileOf.size() <= source) fileOf.add(null);
        if (fileOf.get(source) == null) fileOf.set(source, n.file());
        this.source[i] = source;
        index[i] = d.index();
        id[i] = ids.add(n.id());
        brief[i] = ids.add(n.brief());
        post[i] = ids.add(n.post());
        idLine[i] = n.idLine();
        profile[i] = -1;
        readable[i] = d.fact() != null;
        int from = namedSize;
        if (readable[i]) {
            Groups.Links links = Groups.Links.of(d.fact());
            // what the grouping reads besides the names above (a brief's id, a post's id, the brief and post named,
            // which both read from the fact): a creator's handle key, and the creators named
            profile[i] = ids.add(links.profile());
            for (String p : links.toProfiles()) {
                if (namedSize == named.length) named = Arrays.copyOf(named, named.length * 2);
                named[namedSize++] = ids.add(p);
            }
            if (readableCount == readableAt.length) readableAt = Arrays.copyOf(readableAt, readableAt.length * 2);
            readableAt[readableCount++] = i;
        }
        namedFrom[i] = from;
        namedFrom[i + 1] = namedSize;
    }

    private void grow() {
        int n = kind.length * 2;
        kind = Arrays.copyOf(kind, n);
        readable = Arrays.copyOf(readable, n);
        source = Arrays.copyOf(source, n);
        index = Arrays.copyOf(index, n);
        id = Arrays.copyOf(id, n);
        brief = Arrays.copyOf(brief, n);
        post = Arrays.copyOf(post, n);
        profile = Arrays.copyOf(profile, n);
        idLine = Arrays.copyOf(idLine, n);
        namedFrom = Arrays.copyOf(namedFrom, n + 1);
    }

    @Override public int size() { return size; }
    @Override public Ids ids() { return ids; }
    @Override public Kind kind(int i) { return kind[i] == NO_KIND ? null : Kind.values()[kind[i]]; }
    @Override public int id(int i) { return id[i]; }
    @Override public int idLine(int i) { return idLine[i]; }
    @Override public int brief(int i) { return brief[i]; }
    @Override public int post(int i) { return post[i]; }
    @Override public String file(int i) { return fileOf.get(source[i]); }

    /** The place of document {@code i}'s file in the run's list of files. */
    int source(int i) { return source[i]; }

    /** Document {@code i}'s index in its file. */
    int index(int i) { return index[i]; }

    /** Each document's place in the run's list of files (the index's own array: at least {@link #size} long). */
    int[] sources() { return source; }

    /** Each document's index in its file (the index's own array: at least {@link #size} long). */
    int[] indexes() { return index; }

    /** How many documents were read (have a fact). */
    int readableCount() { return readableCount; }

    /** The position of the {@code r}th readable document. */
    int readable(int r) { return readableAt[r]; }

    /** The readable documents, by their order among them, as the grouping reads them. */
    Groups.Linked linked() {
        return new Groups.Linked() {
            public int size() { return readableCount; }
            public int codes() { return ids.size(); }
            public int brief(int r) { int i = readableAt[r]; return kind[i] == Kind.BRIEF.ordinal() ? id[i] : -1; }
            public int post(int r) { int i = readableAt[r]; return kind[i] == Kind.POST.ordinal() ? id[i] : -1; }
            public int profile(int r) { return profile[readableAt[r]]; }
            public int toBrief(int r) { return brief[readableAt[r]]; }
            public int toPost(int r) { return post[readableAt[r]]; }
            public int[] toProfiles(int r) {
                int i = readableAt[r];
                return namedFrom[i] == namedFrom[i + 1] ? NONE : Arrays.copyOfRange(named, namedFrom[i], namedFrom[i + 1]);
            }
        };
    }
}
