package io.briefcheck.engine;

import io.briefcheck.load.Document;
import io.briefcheck.model.Brief;
import io.briefcheck.model.Handles;
import io.briefcheck.model.Influencer;
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
 */
final class Groups {
    private Groups() {
    }

    static List<List<Document>> of(List<Document> documents) {
        List<Document> readable = documents.stream().filter(d -> d.fact() != null).toList();
        int[] parent = new int[readable.size()];
        for (int i = 0; i < parent.length; i++) parent[i] = i;
        Map<String, Integer> briefs = new HashMap<>();
        Map<String, Integer> posts = new HashMap<>();
        Map<String, Integer> profiles = new HashMap<>();
        for (int i = 0; i < readable.size(); i++) {
            Object f = readable.get(i).fact();
            if (f instanceof Brief b && b.id() != null) briefs.putIfAbsent(b.id(), i);
            if (f instanceof Post p && p.id() != null) posts.putIfAbsent(p.id(), i);
            if (f instanceof Influencer in) profiles.putIfAbsent(Handles.key(in.handle()), i);
        }
        for (int i = 0; i < readable.size(); i++) {
            Object f = readable.get(i).fact();
            if (f instanceof Post p) {
                join(parent, i, briefs.get(p.brief()));
                if (p.author() != null) join(parent, i, profiles.get(Handles.key(p.author())));
            } else if (f instanceof Results r) {
                join(parent, i, briefs.get(r.brief()));
                join(parent, i, posts.get(r.post()));
            } else if (f instanceof Brief b) {
                for (Influencer in : b.influencers()) join(parent, i, profiles.get(Handles.key(in.handle())));
            }
        }
        Map<Integer, List<Document>> groups = new LinkedHashMap<>();
        for (int i = 0; i < readable.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(readable.get(i));
        }
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
