package io.briefcheck.load;

import io.briefcheck.model.Kind;
import io.briefcheck.model.Post;
import io.briefcheck.model.Results;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks that need every document of the run: ids used twice, and posts or results that name a
 * brief or post the run does not contain. The problems are returned, never written into the
 * documents, so the same documents can be checked again (as {@code serve} does) with the same result.
 */
public final class CrossReferences {
    private CrossReferences() {
    }

    /** A problem of one document that only the whole run shows. */
    public record Found(Document document, Problem problem) {
    }

    public static List<Found> check(List<Document> documents) {
        List<Found> out = new ArrayList<>();
        Map<Kind, Map<String, Document>> byId = new HashMap<>();
        for (Document d : documents) {
            if (d.kind() == null || d.id() == null || d.kind() == Kind.RESULTS) continue;
            Map<String, Document> ids = byId.computeIfAbsent(d.kind(), k -> new HashMap<>());
            String key = d.kind() == Kind.INFLUENCER ? d.id().toLowerCase() : d.id();
            Document first = ids.putIfAbsent(key, d);
            if (first != null) {
                String field = d.kind() == Kind.INFLUENCER ? "handle" : "id";
                out.add(new Found(d, new Problem(InputRule.DUPLICATE_ID, d.positionOf(field), field,
                        "Another " + d.kind().code() + " already uses " + field + " '" + d.id() + "' ("
                                + first.file() + ":" + first.positionOf(field).line() + ").",
                        "Give each " + d.kind().code() + " its own " + field + ".")));
            }
        }
        Map<String, Document> briefs = byId.getOrDefault(Kind.BRIEF, Map.of());
        Map<String, Document> posts = byId.getOrDefault(Kind.POST, Map.of());
        for (Document d : documents) {
            if (d.fact() instanceof Post p) {
                unresolved(d, "brief", p.brief(), briefs, out);
            } else if (d.fact() instanceof Results r) {
                unresolved(d, "brief", r.brief(), briefs, out);
                unresolved(d, "post", r.post(), posts, out);
            }
        }
        return out;
    }

    private static void unresolved(Document d, String field, String ref, Map<String, Document> known, List<Found> out) {
        if (ref == null || known.containsKey(ref)) return;
        String guess = Suggest.closest(ref, known.keySet());
        out.add(new Found(d, new Problem(InputRule.UNRESOLVED_REFERENCE, d.positionOf(field), field,
                "'" + field + ": " + ref + "' names a " + field + " that is not among the files checked, so this "
                        + d.kind().code() + " cannot be checked against it"
                        + (guess != null ? "; did you mean '" + guess + "'?" : "."),
                guess != null ? "Change it to '" + guess + "'."
                        : "Check the " + field + " file in the same run (e.g. briefcheck check the whole folder), or fix the id.")));
    }
}
