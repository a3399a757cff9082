package io.briefcheck.analysis.disclosure;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;

/**
 * Where the labels of one market sit in a caption: start, fold, hashtag runs, closing hashtag block.
 * Positions are in the normalized text; the fold is counted in characters as a reader sees them
 * (code points, so an emoji is one) and in display lines ({@link Fold}).
 */
public final class CaptionAnalyzer {

    private final int runMin;
    private final int closingMin;

    public CaptionAnalyzer(int runMin, int closingMin) {
        this.runMin = runMin;
        this.closingMin = closingMin;
    }

    /**
     * @param fold where the platform cuts the caption behind "more" ({@link Fold#NONE}: it shows whole)
     *
     * One pass over the caption and its hashtags for all the labels, so a caption of thousands of labels
     * ("#ad #ad #ad ...") is placed in linear time.
     */
    List<PlacedLabel> place(NormalizedText t, List<Token> tokens, List<LabelMatch> labels, Fold fold) {
        if (labels.isEmpty()) return List.of();
        List<Token> hashtags = tokens.stream().filter(k -> k.kind() == Token.Kind.HASHTAG).toList();
        List<List<Token>> runs = runs(t.text(), hashtags);
        List<Token> closing = closingBlock(t.text(), runs);
        Map<Integer, int[]> inRun = new HashMap<>(); // a hashtag's start -> {index in its run, run length, 1 if closing}
        for (List<Token> run : runs) {
            for (int i = 0; i < run.size(); i++) inRun.put(run.get(i).start(), new int[] {i, run.size(), run == closing ? 1 : 0});
        }
        int[] wordsBefore = wordsBefore(t.text(), labels);
        IntPredicate shows = fold.showsIn(t.original());
        List<PlacedLabel> out = new ArrayList<>();
        for (LabelMatch m : labels) {
            int[] run = inRun.getOrDefault(m.start(), new int[] {0, 1, 0});
            boolean aboveFold = shows.test(t.originalOffset(m.start()));
            boolean atStart = wordsBefore[m.start()] <= m.start();
            out.add(new PlacedLabel(m, atStart, aboveFold, run[0], run[1], run[2] == 1));
        }
        return out;
    }

    /** Hashtags with only white space between them; a lone hashtag is a run of one. */
    static List<List<Token>> runs(String text, List<Token> hashtags) {
        List<List<Token>> runs = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        for (Token h : hashtags) {
            if (!current.isEmpty() && !text.substring(current.get(current.size() - 1).end(), h.start()).isBlank()) {
                runs.add(current);
                current = new ArrayList<>();
            }
            current.add(h);
        }
        if (!current.isEmpty()) runs.add(current);
        return runs;
    }

    /** The last run, when nothing but emoji, punctuation or space follows it and it is long enough. */
    private List<Token> closingBlock(String text, List<List<Token>> runs) {
        if (runs.isEmpty()) return null;
        List<Token> last = runs.get(runs.size() - 1);
        if (last.size() < closingMin) return null;
        if (!noWords(text.substring(last.get(last.size() - 1).end()))) return null;
        if (noWords(text.substring(0, last.get(0).start()))) return null; // the caption is only hashtags
        return last;
    }

    /**
     * Whether a label starts the text: only emoji, punctuation and space before it, apart from other labels
     * (those that end before it, lookalikes excepted). For every offset {@code at}, the result is greater than
     * {@code at} exactly when a letter or digit before {@code at} is left once those labels are blanked out,
     * so each label is answered by one look-up.
     */
    static int[] wordsBefore(String text, List<LabelMatch> labels) {
        int n = text.length();
        int[] blankedUntil = new int[n]; // per character: the earliest end of a label covering it
        Arrays.fill(blankedUntil, Integer.MAX_VALUE);
        for (LabelMatch l : labels) {
            if (l.lookalike()) continue;
            for (int i = Math.max(0, l.start()); i < Math.min(n, l.end()); i++) blankedUntil[i] = Math.min(blankedUntil[i], l.end());
        }
        // A letter or digit counts before `at` when it ends by `at` and no label ending by `at` covers any of its chars.
        int[] out = new int[n + 1];
        out[0] = Integer.MIN_VALUE;
        int best = Integer.MIN_VALUE;
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            if (Character.isLetterOrDigit(cp)) {
                int until = blankedUntil[i];
                for (int k = 1; k < width; k++) until = Math.min(until, blankedUntil[i + k]);
                best = Math.max(best, until);
            }
            for (int k = 0; k < width; k++) {
                if (k == width - 1) out[i + k + 1] = best; // counted from just after its last char
                else out[i + k + 1] = out[i + k];          // a pair cut in two is no letter
            }
            i += width;
        }
        return out;
    }

    static boolean noWords(String s) {
        return s.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
