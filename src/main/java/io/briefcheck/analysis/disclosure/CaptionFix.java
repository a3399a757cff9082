package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Market;
import io.briefcheck.model.Post;
import java.util.regex.Pattern;

/**
 * Derived fact: the caption rewritten for {@code market}, with its disclosure terms removed and a clear
 * label first ({@code text}); the label the market prefers in the post's language
 * ({@code preferredLabel}); and a note on labels spelled with lookalike letters ({@code lookalikeNote},
 * "" when none).
 */
public record CaptionFix(Post post, Market market, String text, String preferredLabel, String lookalikeNote) {

    /** The suggested caption on one line, line breaks shown as "↵", for a fix message. */
    public String shown() {
        return "\"" + LINE_BREAKS.matcher(text.replace("\r", "")).replaceAll(" ↵ ") + "\"";
    }

    private static final Pattern LINE_BREAKS = Pattern.compile("\n+");

    /** " " + the lookalike note, or "" when there is none: appended to messages. */
    public String lookalikeSuffix() {
        return lookalikeNote.isEmpty() ? "" : " " + lookalikeNote;
    }
}
