package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Derived fact: cue {@code index} of what is said ({@link Place#SPOKEN}) or shown ({@link Place#ON_SCREEN})
 * in the video names the post's brand (its name or a hashtag of it, or an @mention, as {@code {brand}} in
 * the label vocabulary reads one), so a statement in that cue or the next one ("dit hebben ze me
 * toegestuurd") says who sent the product.
 */
public record BrandCue(Post post, Place place, int index) {

    /** The cues of {@code spoken} and {@code shown} (normalized, in cue order) that name the brand ({@link BrandMentions#names}). */
    static List<BrandCue> in(Post post, BrandMentions mentions, List<String> brands, List<NormalizedText> spoken,
                             List<NormalizedText> shown, Function<NormalizedText, List<Token>> tokens) {
        List<BrandCue> out = new ArrayList<>();
        for (int i = 0; i < spoken.size(); i++) {
            if (mentions.names(spoken.get(i).text(), tokens.apply(spoken.get(i)), brands)) out.add(new BrandCue(post, Place.SPOKEN, i));
        }
        for (int i = 0; i < shown.size(); i++) {
            if (mentions.names(shown.get(i).text(), tokens.apply(shown.get(i)), brands)) out.add(new BrandCue(post, Place.ON_SCREEN, i));
        }
        return out;
    }
}
