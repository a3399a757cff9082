package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derived fact: cue {@code index} of what is said ({@link Place#SPOKEN}) or shown ({@link Place#ON_SCREEN})
 * in the video names the post's brand (its name or a hashtag of it, or an @mention, as {@code {brand}} in
 * the label vocabulary reads one), so a statement in that cue or the next one ("dit hebben ze me
 * toegestuurd") says who sent the product.
 */
public record BrandCue(Post post, Place place, int index) {

    private static final Pattern TAG = Pattern.compile("[@#][\\p{L}\\p{N}_.]*[\\p{L}\\p{N}_]");

    /** The cues of {@code spoken} and {@code shown} (normalized, in cue order) that name the brand. */
    static List<BrandCue> in(Post post, List<String> brands, List<NormalizedText> spoken, List<NormalizedText> shown) {
        List<BrandCue> out = new ArrayList<>();
        for (int i = 0; i < spoken.size(); i++) if (names(spoken.get(i).text(), brands)) out.add(new BrandCue(post, Place.SPOKEN, i));
        for (int i = 0; i < shown.size(); i++) if (names(shown.get(i).text(), brands)) out.add(new BrandCue(post, Place.ON_SCREEN, i));
        return out;
    }

    /** True when the text names any of the brand's names ({@link Brands}), or has an @mention. */
    static boolean names(String text, List<String> brands) {
        if (brands.isEmpty()) return names(text, (String) null);
        return brands.stream().anyMatch(b -> names(text, b));
    }

    /** An @mention (as {brand} in the vocabulary), a hashtag of the brand's name, or the name itself. */
    static boolean names(String text, String brand) {
        if (text == null) return false;
        String compact = Vocabulary.compact(brand);
        Matcher tags = TAG.matcher(text);
        while (tags.find()) {
            if (tags.group().startsWith("@")) return true;
            if (!compact.isEmpty() && Vocabulary.compact(tags.group()).startsWith(compact)) return true;
        }
        if (compact.isEmpty()) return false;
        String words = Pattern.quote(brand.strip().toLowerCase(Locale.ROOT)).replaceAll("\\s+", "\\\\E\\\\s+\\\\Q");
        return Pattern.compile("(?iu)(?<![\\p{L}\\p{N}_])" + words + "(?![\\p{L}\\p{N}_])").matcher(text).find();
    }
}
