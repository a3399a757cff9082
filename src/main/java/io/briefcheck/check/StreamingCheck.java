package io.briefcheck.check;

import io.briefcheck.core.Finding;
import io.briefcheck.core.MetricsRow;
import io.briefcheck.engine.Deadline;
import io.briefcheck.engine.Groups;
import io.briefcheck.load.CrossReferences;
import io.briefcheck.load.Document;
import io.briefcheck.model.Kind;
import io.briefcheck.policy.Baseline;
import io.briefcheck.report.DocumentResult;
import io.briefcheck.report.ReportSink;
import io.briefcheck.report.Tally;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.IntStream;

/**
 * One run over more documents than memory holds, with the report of {@link Checker#check} (same
 * findings, same order), written to a {@link ReportSink} as it goes.
 * <ol>
 * <li>The index: each file is read once and only what other documents refer to is kept of each
 * document ({@link DocumentIndex}); the cross-document checks and the
 * groups come from it, then it is dropped but for where each document is.</li>
 * <li>The groups, in the order of their first document, a few hundred documents at a time: their
 * files are read again (a few recent ones are kept), and the rules, the policy and the merge run
 * over them as over a whole run ({@link Checker#checkTogether}).</li>
 * <li>Each document's result and findings go to the report in document order: a document whose
 * turn has not come (its group began with an earlier file) waits in a temporary file
 * ({@link Waiting}).</li>
 * </ol>
 * Memory holds one part's documents and, per document of the run, its file and index (two ints).
 */
public final class StreamingCheck {

    /** About how many documents are checked at a time: whole groups, so a big group is one part however large. */
    static final int PART = 400;
    /**
     * A run of at most this many documents is read once and checked as one part, as before streaming: about
     * 285 MiB at 10,000 documents (with the launcher's heap flags), and 1.3 to 1.8 times faster than reading
     * every file twice in parts of 400 (10,000 documents: 6.0 s against 8.3 s). Larger runs stream, in memory
     * that grows only with the index (docs/performance.md); 20,000 held documents peaked above 400 MiB.
     */
    static final int SMALL_RUN = 10_000;
    /** About how many documents the first pass reads at once, whatever their files hold: files are read in parallel. */
    private static final int SLICE_DOCUMENTS = 512;
    /** Files whose documents are kept after a part, for the next part that needs them (a file of many documents). */
    private static final int FILES_KEPT = 8;

    /** One file of the run: where its documents are read from again (a file) or held (standard input). */
    public interface Source {
        /** Reads the file's documents (each time anew, unless they are held). */
        List<Document> documents();
    }

    /**
     * Finds, outside the files given, the files that define briefs and posts the run names but does not hold
     * (check/ProjectLookup walks the project's folder).
     */
    public interface Lookup {
        /** Files not returned before that define some of these brief and post ids; empty when none does. */
        List<Context> find(Set<String> briefs, Set<String> posts);
    }

    /** A file found by a {@link Lookup}: its name as reported, and its documents. */
    public record Context(String file, Source source) {
    }

    private final Checker checker;
    private final Checker.Options options;
    private final List<Source> sources;
    private final int partSize;
    private final int smallRun;
    private Lookup lookup;
    /** How many documents were given: positions from here on are context (checked with, never reported). */
    private int given;

    public StreamingCheck(Checker checker, Checker.Options options, List<Source> sources) {
        this(checker, options, sources, PART, SMALL_RUN);
    }

    /** The same, checking about {@code partSize} documents at a time, and streaming any run larger than that (tests). */
    StreamingCheck(Checker checker, Checker.Options options, List<Source> sources, int partSize) {
        this(checker, options, sources, partSize, partSize);
    }

    private StreamingCheck(Checker checker, Checker.Options options, List<Source> sources, int partSize, int smallRun) {
        this.checker = checker;
        this.options = options;
        this.sources = new ArrayList<>(sources);
        this.partSize = partSize;
        this.smallRun = smallRun;
    }

    /**
     * Looks up briefs and posts that the given documents name but do not hold: the documents that define them
     * are checked with the run as context (they take part in groups and rules, so a post is checked against its
     * brief), but their own findings and results are not reported; a notice says where each came from.
     * Context documents may name more missing ids (results, their post, its brief): they are looked up once more.
     */
    public StreamingCheck withLookup(Lookup lookup) {
        this.lookup = lookup;
        return this;
    }

    /** How many rounds of lookup: the given documents' references, then the context documents'. */
    private static final int LOOKUP_ROUNDS = 2;

    /** Where each document is: its file (a place in {@code sources}) and its index there; by position in the run. */
    private int[] sourceOf = new int[0];
    private int[] indexOf = new int[0];

    /**
     * Checks every document and writes the report to {@code sink}, notes of the command ({@code notices})
     * after the policy's; true when a finding fails the run.
     */
    public boolean run(ReportSink sink, List<String> notices) throws IOException {
        // the index: positions in the run, in file order, then document order
        DocumentIndex index = new DocumentIndex();
        index(0, index);
        given = index.size();
        List<String> found = new ArrayList<>();
        for (int round = 0; lookup != null && round < LOOKUP_ROUNDS; round++) {
            Set<String> briefs = new TreeSet<>();
            Set<String> posts = new TreeSet<>();
            missing(index, briefs, posts);
            if (briefs.isEmpty() && posts.isEmpty()) break;
            List<Context> context = lookup.find(briefs, posts);
            if (context.isEmpty()) break;
            int from = sources.size();
            int firstNew = index.size();
            for (Context c : context) sources.add(c.source());
            index(from, index);
            for (int p = firstNew; p < index.size(); p++) {
                String id = index.ids().get(index.id(p));
                Kind kind = index.kind(p);
                if (id != null && (kind == Kind.BRIEF && briefs.remove(id) || kind == Kind.POST && posts.remove(id))) {
                    found.add(kind.code() + " " + id + " was read from " + index.file(p) + " (not among the files given)");
                }
            }
        }
        int count = index.size();
        Map<Integer, List<CrossReferences.At>> crossReferences = new HashMap<>();
        for (CrossReferences.At a : CrossReferences.check(index)) {
            crossReferences.computeIfAbsent(a.position(), k -> new ArrayList<>()).add(a);
        }
        // groups of readable documents by their links; a document that could not be read is a part of its own
        int[] groupOf = new int[count];
        Arrays.fill(groupOf, -1);
        int[] groupOfReadable = Groups.groupOf(index.linked());
        int groupCount = 0;
        for (int g : groupOfReadable) groupCount = Math.max(groupCount, g + 1);
        int[] firstOf = new int[groupCount];
        Arrays.fill(firstOf, -1);
        for (int r = 0; r < groupOfReadable.length; r++) {
            int p = index.readable(r);
            groupOf[p] = groupOfReadable[r];
            if (firstOf[groupOf[p]] < 0) firstOf[groupOf[p]] = p;
        }
        sourceOf = index.sources();
        indexOf = index.indexes();
        index = null;
        groupOfReadable = null;
        int[] order = orderByGroup(groupOf, groupCount, firstOf, count);

        Tally tally = new Tally(sink, options.failOn());
        Waiting waiting = new Waiting(given, tally);
        Baseline.Matcher accepted = options.policy().baselineMatcher();
        List<String> allNotices = new ArrayList<>(options.policy().apply(List.of(), List.of(), checker.engine().catalog(), java.util.function.UnaryOperator.identity()).notices());
        allNotices.addAll(notices);
        allNotices.addAll(found);
        Map<Integer, List<Document>> kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Integer, List<Document>> eldest) {
                return size() > FILES_KEPT;
            }
        };
        try (MetricsSpill metrics = new MetricsSpill()) {
            try (waiting) {
                int at = 0;
                while (at < order.length) {
                    // whole groups, at least partSize documents (or the rest); a small run is one part
                    int size = held != null ? order.length : partSize;
                    int end = at;
                    while (end < order.length && (end - at < size || groupOf(groupOf, order, end) == groupOf(groupOf, order, end - 1))) end++;
                    int[] part = Arrays.copyOfRange(order, at, end);
                    Arrays.sort(part);
                    checkPart(part, crossReferences, accepted, kept, waiting, metrics);
                    at = end;
                }
            }
            // the rows are read back from the spill as the report prints them, so it stays open until then
            return tally.end(checker.version(), allNotices, checker.wantsMetrics(options) ? metrics.inOrder() : List.of());
        }
    }

    /** The group of the document at {@code order[i]}, -1 for a document that could not be read (each its own part). */
    private static int groupOf(int[] groupOf, int[] order, int i) {
        int g = groupOf[order[i]];
        return g < 0 ? -2 - i : g;
    }

    /** The documents' positions group by group, groups (and unread documents) in the order of their first document. */
    private static int[] orderByGroup(int[] groupOf, int groupCount, int[] firstOf, int count) {
        int[] size = new int[groupCount];
        for (int g : groupOf) if (g >= 0) size[g]++;
        int[] start = new int[groupCount];
        int[] order = new int[count];
        int next = 0;
        int[] filled = new int[groupCount];
        for (int pos = 0; pos < count; pos++) {
            int g = groupOf[pos];
            if (g < 0) {
                order[next++] = pos;
            } else if (firstOf[g] == pos) {
                start[g] = next;
                next += size[g];
            }
        }
        for (int pos = 0; pos < count; pos++) {
            int g = groupOf[pos];
            if (g >= 0) order[start[g] + filled[g]++] = pos;
        }
        return order;
    }

    /**
     * Pass 1: reads every file once (in parallel, a slice at a time) and keeps what the index needs. A run of
     * at most {@code smallRun} documents keeps them all, so a small run reads each file once, as before.
     */
    private void index(int start, DocumentIndex index) {
        // at first 2 files at a time, then as many as hold about SLICE_DOCUMENTS documents by the files read so far
        // (256 files of 100 documents each, read at once, held 25,600 documents)
        int slice = 2;
        int files = 0;
        int documents = 0;
        for (int from = start, end; from < sources.size(); from = end) {
            int first = from;
            end = Math.min(sources.size(), from + slice);
            List<List<Document>> read = IntStream.range(from, end).parallel().mapToObj(s -> sources.get(s).documents()).toList();
            files += read.size();
            for (List<Document> r : read) documents += r.size();
            slice = (int) Math.max(2, Math.min(256, (long) SLICE_DOCUMENTS * files / Math.max(1, documents)));
            for (int s = 0; s < read.size(); s++) {
                for (Document d : read.get(s)) index.add(d, first + s);
                if (held != null) held.put(first + s, read.get(s));
            }
            if (held != null && index.size() > smallRun) held = null;
        }
    }

    /** The brief ids that posts and results name and the post ids that results name, where no document of the index defines them. */
    private static void missing(DocumentIndex index, Set<String> briefs, Set<String> posts) {
        boolean[] definedBrief = new boolean[index.ids().size()];
        boolean[] definedPost = new boolean[index.ids().size()];
        for (int p = 0; p < index.size(); p++) {
            if (index.id(p) < 0) continue;
            if (index.kind(p) == Kind.BRIEF) definedBrief[index.id(p)] = true;
            if (index.kind(p) == Kind.POST) definedPost[index.id(p)] = true;
        }
        for (int p = 0; p < index.size(); p++) {
            if (index.brief(p) >= 0 && !definedBrief[index.brief(p)]) briefs.add(index.ids().get(index.brief(p)));
            if (index.post(p) >= 0 && !definedPost[index.post(p)]) posts.add(index.ids().get(index.post(p)));
        }
    }

    /** The documents of a small run, read once (null once the run is larger than {@code smallRun}). */
    private Map<Integer, List<Document>> held = new HashMap<>();

    /** Pass 2 for one part: reads its documents again, checks them together and hands the results on in order. */
    private void checkPart(int[] part, Map<Integer, List<CrossReferences.At>> crossReferences, Baseline.Matcher accepted, Map<Integer, List<Document>> kept, Waiting waiting,
                           MetricsSpill metrics) throws IOException {
        List<Integer> needed = Arrays.stream(part).map(p -> sourceOf[p]).distinct().boxed().toList();
        Map<Integer, List<Document>> read = new HashMap<>();
        List<Integer> missing = new ArrayList<>();
        for (int s : needed) {
            List<Document> k = held != null ? held.get(s) : kept.get(s);
            if (k != null) read.put(s, k);
            else missing.add(s);
        }
        List<List<Document>> loaded = missing.parallelStream().map(s -> sources.get(s).documents()).toList();
        for (int i = 0; i < missing.size(); i++) read.put(missing.get(i), loaded.get(i));
        List<Document> documents = new ArrayList<>(part.length);
        List<Finding> crossFindings = new ArrayList<>();
        Map<String, Integer> fileOrder = new HashMap<>();
        Map<String, Integer> positionOf = new HashMap<>();
        for (int p : part) {
            Document d = documentAt(read.get(sourceOf[p]), indexOf[p]);
            documents.add(d);
            fileOrder.putIfAbsent(d.file(), p);
            positionOf.put(key(d.file(), d.index()), p);
            if (p >= given) continue;
            for (CrossReferences.At a : crossReferences.getOrDefault(p, List.of())) crossFindings.add(checker.toFinding(d, a.problem(d)));
        }
        for (int s : needed) if (read.get(s).size() > 1) kept.put(s, read.get(s));
        Checker.Checked checked = checker.checkTogether(documents, crossFindings, fileOrder, options, accepted, Deadline.NONE);
        for (MetricsRow r : checked.metrics()) {
            Integer p = positionOf.get(key(r.file(), r.index()));
            if (p != null && p >= given) continue;
            metrics.add(p == null ? Long.MAX_VALUE : p, r);
        }
        // findings of context documents were not asked for (a finding of no document goes to the part's first)
        Map<Integer, List<Finding>> byPosition = new HashMap<>();
        for (Finding f : checked.findings()) {
            Integer p = positionOf.get(key(f.documentFile(), f.index()));
            if (p == null) p = part[0];
            if (p < given) byPosition.computeIfAbsent(p, k -> new ArrayList<>()).add(f);
        }
        for (int i = 0; i < part.length; i++) {
            if (part[i] >= given) continue;
            waiting.done(part[i], checked.results().get(i), byPosition.getOrDefault(part[i], List.of()));
        }
    }

    private static Document documentAt(List<Document> documents, int index) {
        if (index < documents.size() && documents.get(index).index() == index) return documents.get(index);
        for (Document d : documents) if (d.index() == index) return d;
        throw new IllegalStateException("document " + index + " changed between reads");
    }

    private static String key(String file, int index) {
        return index + ":" + file;
    }
}
