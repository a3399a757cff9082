package io.briefcheck.load;

import io.briefcheck.model.Kind;
import io.briefcheck.model.Post;
import io.briefcheck.model.Results;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Checks that need every document of the run: ids used twice, and posts or results that name a
 * brief or post the run does not contain. The problems are returned, never written into the
 * documents, so the same documents can be checked again (as {@code serve} does) with the same result.
 * <p>
 * The checks read only each document's {@link Names} (its kind, id and the ids it names), as an
 * {@link Index} of numbers, so a run that does not hold its documents can keep just
 * that (check/DocumentIndex).
 */
public final class CrossReferences {
    private CrossReferences() {
    }

    /** A problem of one document that only the whole run shows. */
    public record Found(Document document, Problem problem) {
    }

    /**
     * A problem of the document at {@code position} of the index checked, about its {@code field} (id, handle,
     * brief or post): {@link #problem} places it where the document wrote that field.
     */
    public record At(int position, InputRule rule, String field, String message, String fix) {
        /** The problem, at the field in {@code document}, which must be the document at {@code position}. */
        public Problem problem(Document document) {
            return new Problem(rule, document.positionOf(field), field, message, fix);
        }
    }

    /** What the checks need of one document: its file, kind and id, the line of its id, and the brief and post it names. */
    public record Names(String file, Kind kind, String id, int idLine, String brief, String post) {

        public static Names of(Document d) {
            String brief = d.fact() instanceof Post p ? p.brief() : d.fact() instanceof Results r ? r.brief() : null;
            String post = d.fact() instanceof Results r ? r.post() : null;
            return new Names(d.file(), d.kind(), d.id(), d.id() == null ? 0 : d.positionOf(idField(d.kind())).line(), brief, post);
        }
    }

    private static String idField(Kind kind) {
        return kind == Kind.INFLUENCER ? "handle" : "id";
    }

    /**
     * What the checks need of a run's documents, by position in the run: ids and the ids named as numbers of
     * one {@link Ids} (-1 for none), so a run of a million documents can keep just this (check/DocumentIndex).
     */
    public interface Index {
        int size();

        /** The numbers' texts; the checks may number more texts (creators' handles in lower case). */
        Ids ids();

        /** Null when the document's kind is missing or unknown. */
        Kind kind(int i);

        /** The document's id (a brief's or post's id, a creator's handle, a result's post). */
        int id(int i);

        /** The line the document's id is written on. */
        int idLine(int i);

        /** The brief a post or results document names. */
        int brief(int i);

        /** The post a results document names. */
        int post(int i);

        /** The file the document is in, as reports show it. */
        String file(int i);
    }

    public static List<Found> check(List<Document> documents) {
        List<Found> out = new ArrayList<>();
        for (At a : check(new NamesIndex(documents.stream().map(Names::of).toList()))) {
            Document d = documents.get(a.position());
            out.add(new Found(d, a.problem(d)));
        }
        return out;
    }

    /** The problems of the run's documents, in document order for each check (ids used twice, then names that resolve to nothing). */
    public static List<At> check(Index d) {
        List<At> out = new ArrayList<>();
        Ids ids = d.ids();
        int[] key = new int[d.size()];
        for (int i = 0; i < d.size(); i++) {
            int id = d.id(i);
            key[i] = d.kind(i) == Kind.INFLUENCER && id >= 0 ? ids.add(ids.get(id).toLowerCase()) : id;
        }
        // per kind, the first document that uses each id
        int[][] firstOf = new int[Kind.values().length][];
        for (int i = 0; i < d.size(); i++) {
            Kind kind = d.kind(i);
            if (kind == null || key[i] < 0 || kind == Kind.RESULTS) continue;
            int[] first = firstOf[kind.ordinal()];
            if (first == null) {
                first = firstOf[kind.ordinal()] = new int[ids.size()];
                Arrays.fill(first, -1);
            }
            if (first[key[i]] < 0) {
                first[key[i]] = i;
                continue;
            }
            int f = first[key[i]];
            String field = idField(kind);
            String id = ids.get(d.id(i));
            out.add(new At(i, InputRule.DUPLICATE_ID, field,
                    "Another " + kind.code() + " already uses " + field + " '" + id + "' (" + d.file(f) + ":" + d.idLine(f) + ").",
                    "Give each " + kind.code() + " its own " + field + "."));
        }
        Known briefs = new Known(d, key, firstOf[Kind.BRIEF.ordinal()]);
        Known posts = new Known(d, key, firstOf[Kind.POST.ordinal()]);
        for (int i = 0; i < d.size(); i++) {
            unresolved(i, d, "brief", d.brief(i), briefs, out);
            unresolved(i, d, "post", d.post(i), posts, out);
        }
        return out;
    }

    /** The ids of one kind that documents define, and (when a name resolves to none) their texts for a guess. */
    private static final class Known {
        private final Index d;
        private final int[] key;
        private final int[] first;
        private List<String> texts;

        Known(Index d, int[] key, int[] first) {
            this.d = d;
            this.key = key;
            this.first = first;
        }

        boolean has(int id) {
            return first != null && id < first.length && first[id] >= 0;
        }

        /** The defined ids in the order of the documents that define them first. */
        List<String> texts() {
            if (texts == null) {
                texts = new ArrayList<>();
                if (first != null) {
                    for (int i = 0; i < key.length; i++) if (key[i] >= 0 && key[i] < first.length && first[key[i]] == i) texts.add(d.ids().get(key[i]));
                }
            }
            return texts;
        }
    }

    private static void unresolved(int i, Index d, String field, int ref, Known known, List<At> out) {
        if (ref < 0 || known.has(ref)) return;
        String text = d.ids().get(ref);
        String guess = Suggest.closest(text, known.texts());
        out.add(new At(i, InputRule.UNRESOLVED_REFERENCE, field,
                "'" + field + ": " + text + "' names a " + field + " that is not among the files checked, so this "
                        + d.kind(i).code() + " cannot be checked against it"
                        + (guess != null ? "; did you mean '" + guess + "'?" : "."),
                guess != null ? "Change it to '" + guess + "'."
                        : "Check the " + field + " file in the same run (e.g. briefcheck check the whole folder), or fix the id."));
    }

    /** The index of documents held in memory. */
    private static final class NamesIndex implements Index {
        private final List<Names> names;
        private final Ids ids = new Ids();
        private final int[] id;
        private final int[] brief;
        private final int[] post;

        NamesIndex(List<Names> names) {
            this.names = names;
            id = new int[names.size()];
            brief = new int[names.size()];
            post = new int[names.size()];
            for (int i = 0; i < names.size(); i++) {
                id[i] = ids.add(names.get(i).id());
                brief[i] = ids.add(names.get(i).brief());
                post[i] = ids.add(names.get(i).post());
            }
        }

        public int size() { return names.size(); }
        public Ids ids() { return ids; }
        public Kind kind(int i) { return names.get(i).kind(); }
        public int id(int i) { return id[i]; }
        public int idLine(int i) { return names.get(i).idLine(); }
        public int brief(int i) { return brief[i]; }
        public int post(int i) { return post[i]; }
        public String file(int i) { return names.get(i).file(); }
    }
}
