package io.briefcheck.analysis.disclosure;

import io.briefcheck.engine.RuleData;
import io.briefcheck.model.Connection;
import io.briefcheck.model.Post;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds {@link ConnectionStatement}s with the vocabulary's matching ({@code {brand}}, whole hashtags, word
 * boundaries); {@code disclosure.statements.negated} entries ("not gifted", "my brand new") win over the
 * statement inside them. In the caption a statement is upfront when it opens the caption, or stands above
 * the "more" cut outside a block of hashtags; on a Story frame it always is; said or shown in a video, when it
 * comes within {@code disclosure.video_verbal_deadline_s} (or has no time).
 */
final class ConnectionStatements {

    private final Map<Connection, Vocabulary> statements = new LinkedHashMap<>();
    private final CaptionAnalyzer captions;
    private final double runMin;
    private final double deadline;

    ConnectionStatements(RuleData data, CaptionAnalyzer captions) {
        List<String> negated = data.strings("disclosure.statements.negated");
        statements.put(Connection.GIFTED, vocabulary(data.strings("disclosure.statements.gifted"), negated));
        statements.put(Connection.OWNER, vocabulary(data.strings("disclosure.statements.owner"), negated));
        statements.put(Connection.AFFILIATE, vocabulary(data.strings("disclosure.statements.affiliate"), negated));
        this.captions = captions;
        this.runMin = data.number("disclosure.hashtag_run_min");
        this.deadline = data.number("disclosure.video_verbal_deadline_s");
    }

    private static Vocabulary vocabulary(List<String> says, List<String> negated) {
        return Vocabulary.of(Map.of("accepted", Map.of("any", says), "rejected", Map.of("any", negated)));
    }

    /** @param fold where the platform cuts the caption behind "more" */
    List<ConnectionStatement> find(Post post, List<PostText> texts, String brand, Fold fold) {
        List<ConnectionStatement> out = new ArrayList<>();
        for (PostText t : texts) {
            List<Token> tokens = t.tokens();
            List<Token> hashtags = t.hashtags();
            for (Map.Entry<Connection, Vocabulary> e : statements.entrySet()) {
                List<LabelMatch> says = e.getValue().find(t.text(), brand, hashtags).stream()
                        .filter(m -> m.kind() == LabelKind.ACCEPTED && !m.lookalike()).toList();
                if (t.place() == Place.CAPTION) {
                    for (PlacedLabel p : captions.place(t.text(), tokens, says, fold)) {
                        boolean buried = (p.runLength() >= runMin && !p.atStart()) || p.inClosingBlock();
                        out.add(statement(post, e.getKey(), t, p.match(), p.atStart() || p.aboveFold() && !buried));
                    }
                } else {
                    for (LabelMatch m : says) {
                        out.add(statement(post, e.getKey(), t, m, t.place() == Place.FRAME || t.at() == null || t.at() <= deadline));
                    }
                }
            }
        }
        return out;
    }

    private static ConnectionStatement statement(Post post, Connection about, PostText t, LabelMatch m, boolean upfront) {
        NormalizedText n = t.text();
        return new ConnectionStatement(post, about, t.place(), t.path(), t.index(), n.originalOffset(m.start()),
                n.originalOffset(m.end()), n.originalSlice(m.start(), m.end()), upfront);
    }
}
