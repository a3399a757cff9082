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
 * <p>
 * The checks read only each document's {@link Names} (its kind, id and the ids it names, with where
 * they were written), so a run that does not hold its documents can keep just those (check/DocumentIndex).
 */
public final class CrossReferences {
    private CrossReferences() {
    }

    /** A problem of one document that only the whole run shows. */
    public record Found(Document document, Problem problem) {
    }

    /** A problem of the document at {@code position} of the names checked. */
    public record At(int position, Problem problem) {
    }

    /** What the checks need of one document: where it is, its id, and the brief and post it names, with their places. */
    public record Names(String file, Kind kind, String id, Position idAt, String brief, Position briefAt,
                        String post, Position postAt) {

        public static Names of(Document d) {
            String field = d.kind() == Kind.INFLUENCER ? "handle" : "id";
            String brief = d.fact() instanceof Post p ? p.brief() : d.fact() instanceof Results r ? r.brief() : null;
            String post = d.fact() instanceof Results r ? r.post() : null;
            return new Names(d.file(), d.kind(), d.id(), d.id() == null ? null : d.positionOf(field),
                    brief, brief == null ? null : d.positionOf("brief"), post, post == null ? null : d.positionOf("post"));
        }
    }

    public static List<Found> check(List<Document> documents) {
        List<Found> out = new ArrayList<>();
        for (At a : checkNames(documents.stream().map(Names::of).toList())) {
            out.add(new Found(documents.get(a.position()), a.problem()));
        }
        return out;
    }

    public static List<At> checkNames(List<Names> documents) {
        List<At> out = new ArrayList<>();
        Map<Kind, Map<String, Names>> byId = new HashMap<>();
        for (int i = 0; i < documents.size(); i++) {
            Names d = documents.get(i);
            if (d.kind() == null || d.id() == null || d.kind() == Kind.RESULTS) continue;
            Map<String, Names> ids = byId.computeIfAbsent(d.kind(), k -> new HashMap<>());
            String key = d.kind() == Kind.INFLUENCER ? d.id().toLowerCase() : d.id();
            Names first = ids.putIfAbsent(key, d);
            if (first != null) {
                String field = d.kind() == Kind.INFLUENCER ? "handle" : "id";
                out.add(new At(i, new Problem(InputRule.DUPLICATE_ID, d.idAt(), field,
                        "Another " + d.kind().code() + " already uses " + field + " '" + d.id() + "' ("
                                + first.file() + ":" + first.idAt().line() + ").",
                        "Give each " + d.kind().code() + " its own " + field + ".")));
            }
        }
        Map<String, Names> briefs = byId.getOrDefault(Kind.BRIEF, Map.of());
        Map<String, Names> posts = byId.getOrDefault(Kind.POST, Map.of());
        for (int i = 0; i < documents.size(); i++) {
            Names d = documents.get(i);
            unresolved(i, d, "brief", d.brief(), d.briefAt(), briefs, out);
            unresolved(i, d, "post", d.post(), d.postAt(), posts, out);
        }
        return out;
    }

    private static void unresolved(int i, Names d, String field, String ref, Position at, Map<String, Names> known, List<At> out) {
        if (ref == null || known.containsKey(ref)) return;
        String guess = Suggest.closest(ref, known.keySet());
        out.add(new At(i, new Problem(InputRule.UNRESOLVED_REFERENCE, at, field,
                "'" + field + ": " + ref + "' names a " + field + " that is not among the files checked, so this "
                        + d.kind().code() + " cannot be checked against it"
                        + (guess != null ? "; did you mean '" + guess + "'?" : "."),
                guess != null ? "Change it to '" + guess + "'."
                        : "Check the " + field + " file in the same run (e.g. briefcheck check the whole folder), or fix the id.")));
    }
}
