package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Cue;
import io.briefcheck.model.Frame;
import io.briefcheck.model.Post;
import java.util.ArrayList;
import java.util.List;

/**
 * One text of a post as viewers meet it: the caption, a line said aloud, on-screen text or a Story frame,
 * normalized, with its field ({@code path}), its cue or frame number ({@code index}, -1 for the caption) and
 * when it is said or shown ({@code at}, seconds; null when not timed). Text marked unreadable
 * ({@code legible: false}, a low-contrast, small or covered frame label) is left out: nobody can read it.
 */
record PostText(Place place, String path, int index, NormalizedText text, Double at) {

    static List<PostText> of(Post post, TextNormalizer normalizer) {
        List<PostText> out = new ArrayList<>();
        out.add(new PostText(Place.CAPTION, "caption", -1, normalizer.normalize(post.caption()), null));
        if (post.video() != null) {
            cues(out, normalizer, Place.SPOKEN, "video.transcript", post.video().transcript());
            cues(out, normalizer, Place.ON_SCREEN, "video.on_screen_text", post.video().onScreenText());
        }
        for (int i = 0; i < post.frames().size(); i++) {
            Frame f = post.frames().get(i);
            if (f.readable()) {
                out.add(new PostText(Place.FRAME, "frames[" + i + "].on_screen_text", i, normalizer.normalize(f.onScreenText()), null));
            }
        }
        return out;
    }

    /** The post's {@code links}, each as a text of its own (where signals such as affiliate links are read). */
    static List<PostText> links(Post post, TextNormalizer normalizer) {
        List<PostText> out = new ArrayList<>();
        for (int i = 0; i < post.links().size(); i++) {
            out.add(new PostText(Place.LINK, "links[" + i + "]", i, normalizer.normalize(post.links().get(i)), null));
        }
        return out;
    }

    private static void cues(List<PostText> out, TextNormalizer normalizer, Place place, String field, List<Cue> cues) {
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            if (c.readable()) {
                out.add(new PostText(place, field + "[" + i + "].text", i, normalizer.normalize(c.text()),
                        c.at() == null ? null : c.at().seconds()));
            }
        }
    }
}
