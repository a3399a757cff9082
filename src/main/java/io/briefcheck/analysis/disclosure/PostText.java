package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Cue;
import io.briefcheck.model.Frame;
import io.briefcheck.model.Post;
import java.util.ArrayList;
import java.util.List;

/**
 * One text of a post as viewers meet it: the caption, a line said aloud, on-screen text or a Story frame,
 * normalized and cut into {@code tokens}, with its field ({@code path}), its cue or frame number ({@code index},
 * -1 for the caption) and when it is said or shown ({@code at}, seconds; null when not timed). Text marked
 * unreadable ({@code legible: false}, a low-contrast, small or covered frame label) is left out: nobody can read it.
 */
record PostText(Place place, String path, int index, NormalizedText text, Double at, List<Token> tokens) {

    /** How the texts are read: normalized, then tokenized (a post's analyser reads each text once for all its finders). */
    interface Reader {
        NormalizedText normalize(String text);

        List<Token> tokens(NormalizedText text);

        static Reader of(TextNormalizer normalizer, Tokenizer tokenizer) {
            return new Reader() {
                @Override
                public NormalizedText normalize(String text) {
                    return normalizer.normalize(text);
                }

                @Override
                public List<Token> tokens(NormalizedText text) {
                    return tokenizer.tokens(text.text());
                }
            };
        }
    }

    static List<PostText> of(Post post, Reader reader) {
        List<PostText> out = new ArrayList<>();
        out.add(text(reader, Place.CAPTION, "caption", -1, post.caption(), null));
        if (post.video() != null) {
            cues(out, reader, Place.SPOKEN, "video.transcript", post.video().transcript());
            cues(out, reader, Place.ON_SCREEN, "video.on_screen_text", post.video().onScreenText());
        }
        for (int i = 0; i < post.frames().size(); i++) {
            Frame f = post.frames().get(i);
            if (f.readable()) out.add(text(reader, Place.FRAME, "frames[" + i + "].on_screen_text", i, f.onScreenText(), null));
        }
        return out;
    }

    /** The post's {@code links}, each as a text of its own (where signals such as affiliate links are read). */
    static List<PostText> links(Post post, Reader reader) {
        List<PostText> out = new ArrayList<>();
        for (int i = 0; i < post.links().size(); i++) out.add(text(reader, Place.LINK, "links[" + i + "]", i, post.links().get(i), null));
        return out;
    }

    private static void cues(List<PostText> out, Reader reader, Place place, String field, List<Cue> cues) {
        for (int i = 0; i < cues.size(); i++) {
            Cue c = cues.get(i);
            if (c.readable()) out.add(text(reader, place, field + "[" + i + "].text", i, c.text(), c.at() == null ? null : c.at().seconds()));
        }
    }

    private static PostText text(Reader reader, Place place, String path, int index, String raw, Double at) {
        NormalizedText t = reader.normalize(raw);
        return new PostText(place, path, index, t, at, reader.tokens(t));
    }

    /** The hashtags among the tokens. */
    List<Token> hashtags() {
        return hashtagsOf(tokens);
    }

    static List<Token> hashtagsOf(List<Token> tokens) {
        List<Token> out = null;
        for (Token k : tokens) {
            if (k.kind() != Token.Kind.HASHTAG) continue;
            if (out == null) out = new ArrayList<>();
            out.add(k);
        }
        return out == null ? List.of() : out;
    }
}
