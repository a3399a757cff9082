package io.briefcheck.analysis.campaign;

import io.briefcheck.model.Cue;
import io.briefcheck.model.Frame;
import io.briefcheck.model.Post;
import java.util.Locale;
import java.util.regex.Pattern;

/** Where a post shows its words to the audience: caption, on-screen text and story frames. */
public final class PostText {
    private PostText() {
    }

    /**
     * True when the label appears as a whole word or hashtag (ignoring case) in the caption, the
     * video's on-screen text or a story frame: "#ad" is found in "#ad My routine", not in "#adventure".
     */
    public static boolean contains(Post post, String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        if (l.isEmpty()) return true;
        Pattern p = Pattern.compile("(?<![\\p{L}\\p{N}#_])" + Pattern.quote(l) + "(?![\\p{L}\\p{N}_])");
        if (found(p, post.caption())) return true;
        if (post.video() != null) {
            for (Cue c : post.video().onScreenText()) if (found(p, c.text())) return true;
        }
        for (Frame f : post.frames()) if (found(p, f.onScreenText())) return true;
        return false;
    }

    private static boolean found(Pattern p, String text) {
        return text != null && p.matcher(text.toLowerCase(Locale.ROOT)).find();
    }
}
