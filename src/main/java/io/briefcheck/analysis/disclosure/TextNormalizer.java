package io.briefcheck.analysis.disclosure;

import java.text.Normalizer;
import java.util.Map;

/**
 * Unicode clean-up before any matching. Full-width or styled letters ("＃ａｄ", "𝐀𝐝") become plain
 * ones (NFKC), zero-width characters that split a word invisibly are dropped, and lookalike letters
 * (a Cyrillic "а" in "#аd") are folded into a second copy, so a label spelled with them can be found
 * and reported as NOT being the label. Offsets into the original text are kept for every character.
 */
public final class TextNormalizer {

    private final Map<Integer, Character> lookalikes;

    /** @param lookalikes confusable code point -> the Latin letter it imitates */
    public TextNormalizer(Map<Integer, Character> lookalikes) {
        this.lookalikes = lookalikes;
    }

    public NormalizedText normalize(String original) {
        String s = original == null ? "" : original;
        StringBuilder text = new StringBuilder(s.length());
        int[] origin = new int[s.length() * 4 + 1];
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp < 0x80) { // ASCII is its own NFKC form and never invisible
                if (n + 1 >= origin.length) origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                text.append((char) cp);
                origin[n++] = i;
            } else if (!isInvisible(cp)) {
                String piece = Normalizer.normalize(new String(Character.toChars(cp)), Normalizer.Form.NFKC);
                for (int k = 0; k < piece.length(); k++) {
                    if (n + 1 >= origin.length) origin = java.util.Arrays.copyOf(origin, origin.length * 2);
                    text.append(piece.charAt(k));
                    origin[n++] = i;
                }
            }
            i += width;
        }
        origin[n] = s.length();
        int[] exact = java.util.Arrays.copyOf(origin, n + 1);
        String t = text.toString();
        return new NormalizedText(s, t, fold(t), exact);
    }

    /** The text with lookalike letters replaced; the same length as the input. */
    String fold(String t) {
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            Character latin = lookalikes.get((int) t.charAt(i));
            out.append(latin == null ? t.charAt(i) : latin);
        }
        return out.toString();
    }

    /** True for a character that is in {@code lookalikes}: a letter imitating a Latin one. */
    public boolean isLookalike(char c) {
        return lookalikes.containsKey((int) c);
    }

    /** Zero-width spaces, joiners, word joiner, BOM, soft hyphen and bidi marks: they show nothing. */
    static boolean isInvisible(int cp) {
        return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 || cp == 0xFEFF || cp == 0x00AD
                || cp == 0x200E || cp == 0x200F || (cp >= 0x202A && cp <= 0x202E) || (cp >= 0x2066 && cp <= 0x2069);
    }
}
