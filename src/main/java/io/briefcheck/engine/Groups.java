package io.briefcheck.engine;

import io.briefcheck.load.Document;
import io.briefcheck.load.Ids;
import io.briefcheck.model.Brief;
import io.briefcheck.model.Handles;
import io.briefcheck.model.Influencer;
import io.briefcheck.model.Located;
import io.briefcheck.model.Post;
import io.briefcheck.model.Results;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.IntUnaryOperator;

/**
 * Splits the run's documents into groups that are reasoned over together: a brief with the posts
 * and results that name it, and the creator profiles its roster or posts mention. Unrelated
 * documents are groups of one, so a session stays small however many files there are.
 * <p>
 * The grouping needs only each document's {@link Links} (what it is called and whom it names), read as
 * numbers ({@link Linked}, {@link #groupOf}), so a run too large to hold its documents can group from an
 * index of them (check/DocumentIndex) and load each group when its turn comes.
 */
public final class Groups {
    private Groups() {
    }

    /**
     * What one readable document is called (a brief's id, a post's id, a creator's handle key) and what it
     * names (a brief, a post, creators); null and empty where it has none.
     */
    public record Links(String brief, String post, String profile, String toBrief, String toPost, List<String> toProfiles) {

        public static Links of(Located fact) {
            if (fact instanceof Brief b) {
                List<String> roster = new ArrayList<>(b.influencers().size());
                for (Influencer in : b.influencers()) roster.add(Handles.key(in.handle()));
                return new Links(b.id(), null, null, null, null, List.copyOf(roster));
            }
            if (fact instanceof Post p) {
                return new Links(null, p.id(), null, p.brief(), null,
                        p.author() == null ? List.of() : List.of(Handles.key(p.author())));
            }
            if (fact instanceof Results r) return new Links(null, null, null, r.brief(), r.post(), List.of());
            if (fact instanceof Influencer in) return new Links(null, null, Handles.key(in.handle()), null, null, List.of());
            return new Links(null, null, null, null, null, List.of());
        }
    }

    static List<List<Document>> of(List<Document> documents) {
        List<Document> readable = documents.stream().filter(d -> d.fact() != null).toList();
        List<List<Document>> out = new ArrayList<>();
        for (List<Integer> group : byLinks(readable.stream().map(d -> Links.of(d.fact())).toList())) {
            out.add(group.stream().map(readable::get).toList());
        }
        return out;
    }

    /**
     * What the grouping needs of each readable document, with ids as numbers below {@link #codes()} (-1 for
     * none): what it is called and what it names. A brief's and a post's id, a creator's handle key, are
     * separate namespaces.
     */
    public interface Linked {
        int size();

        /** An upper bound of the numbers used. */
        int codes();

        int brief(int i);

        int post(int i);

        int profile(int i);

        int toBrief(int i);

        int toPost(int i);

        /** The creators named (a brief's roster, a post's author); may be shared, never changed. */
        int[] toProfiles(int i);
    }

    /** The groups of documents by their links: positions in {@code links}, each group in order, groups in the order of their first. */
    public static List<List<Integer>> byLinks(List<Links> links) {
        Ids ids = new Ids();
        int[][] own = new int[links.size()][];
        int[][] named = new int[links.size()][];
        for (int i = 0; i < links.size(); i++) {
            Links l = links.get(i);
            own[i] = new int[] {ids.add(l.brief()), ids.add(l.post()), ids.add(l.profile()), ids.add(l.toBrief()), ids.add(l.toPost())};
            named[i] = l.toProfiles().stream().mapToInt(ids::add).toArray();
        }
        int[] group = groupOf(new Linked() {
            public int size() { return own.length; }
            public int codes() { return ids.size(); }
            public int brief(int i) { return own[i][0]; }
            public int post(int i) { return own[i][1]; }
            public int profile(int i) { return own[i][2]; }
            public int toBrief(int i) { return own[i][3]; }
            public int toPost(int i) { return own[i][4]; }
            public int[] toProfiles(int i) { return named[i]; }
        });
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < group.length; i++) {
            if (group[i] == out.size()) out.add(new ArrayList<>());
            out.get(group[i]).add(i);
        }
        return out;
    }

    /**
     * The group of each document (its position in {@code links}), groups numbered from 0 in the order of their
     * first document: a document is with the first document that defines what it names.
     */
    public static int[] groupOf(Linked links) {
        int n = links.size();
        int[] parent = new int[n];
        for (int i = 0; i < n; i++) parent[i] = i;
        int[] briefs = firstOf(links, n, links::brief);
        int[] posts = firstOf(links, n, links::post);
        int[] profiles = firstOf(links, n, links::profile);
        for (int i = 0; i < n; i++) {
            join(parent, i, links.toBrief(i), briefs);
            join(parent, i, links.toPost(i), posts);
            for (int p : links.toProfiles(i)) join(parent, i, p, profiles);
        }
        briefs = posts = profiles = null;
        // roots numbered in the order of their group's first document
        int[] group = new int[n];
        int[] numberOfRoot = new int[n];
        Arrays.fill(numberOfRoot, -1);
        int groups = 0;
        for (int i = 0; i < n; i++) {
            int root = find(parent, i);
            if (numberOfRoot[root] < 0) numberOfRoot[root] = groups++;
            group[i] = numberOfRoot[root];
        }
        return group;
    }

    private static int[] firstOf(Linked links, int n, IntUnaryOperator code) {
        int[] first = new int[links.codes()];
        Arrays.fill(first, -1);
        for (int i = 0; i < n; i++) {
            int c = code.applyAsInt(i);
            if (c >= 0 && first[c] < 0) first[c] = i;
        }
        return first;
    }

    private static void join(int[] parent, int a, int code, int[] firstOf) {
        if (code < 0 || firstOf[code] < 0) return;
        parent[find(parent, a)] = find(parent, firstOf[code]);
    }
    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
