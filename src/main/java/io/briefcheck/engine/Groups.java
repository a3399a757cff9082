package io.briefcheck.engine;

import io.briefcheck.load.Document;
import io.briefcheck.model.Brief;
import io.briefcheck.model.Handles;
import io.briefcheck.model.Influencer;
import io.briefcheck.model.Located;
import io.briefcheck.model.Post;
import io.briefcheck.model.Results;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits the run's documents into groups that are reasoned over together: a brief with the posts
 * and results that name it, and the creator profiles its roster or posts mention. Unrelated
 * documents are groups of one, so a session stays small however many files there are.
 * <p>
 * The grouping needs only each document's {@link Links} (what it is called and whom it names), so a
 * run too large to hold its documents can group from an index of them (check/DocumentIndex) and load
 * each group when its turn comes.
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

    /** The groups of documents by their links: positions in {@code links}, each group in order, groups in the order of their first. */
    public static List<List<Integer>> byLinks(List<Links> links) {
        int[] parent = new int[links.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        Map<String, Integer> briefs = new HashMap<>();
        Map<String, Integer> posts = new HashMap<>();
        Map<String, Integer> profiles = new HashMap<>();
        for (int i = 0; i < links.size(); i++) {
            Links l = links.get(i);
            if (l.brief() != null) briefs.putIfAbsent(l.brief(), i);
            if (l.post() != null) posts.putIfAbsent(l.post(), i);
            if (l.profile() != null) profiles.putIfAbsent(l.profile(), i);
        }
        for (int i = 0; i < links.size(); i++) {
            Links l = links.get(i);
            if (l.toBrief() != null) join(parent, i, briefs.get(l.toBrief()));
            if (l.toPost() != null) join(parent, i, posts.get(l.toPost()));
            for (String p : l.toProfiles()) join(parent, i, profiles.get(p));
        }
        Map<Integer, List<Integer>> groups = new LinkedHashMap<>();
        for (int i = 0; i < links.size(); i++) groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(i);
        return new ArrayList<>(groups.values());
    }

    private static void join(int[] parent, int a, Integer b) {
        if (b == null) return;
        parent[find(parent, a)] = find(parent, b);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
