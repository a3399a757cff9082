package io.briefcheck.analysis.disclosure;

import java.util.ArrayList;
import java.util.List;

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

    /** @param fold where the platform cuts the caption behind "more" ({@link Fold#NONE}: it shows whole) */
    List<PlacedLabel> place(NormalizedText t, List<Token> tokens, List<LabelMatch> labels, Fold fold) {
        List<Token> hashtags = tokens.stream().filter(k -> k.kind() == Token.Kind.HASHTAG).toList();
        List<List<Token>> runs = runs(t.text(), hashtags);
        List<Token> closing = closingBlock(t.text(), runs);
        List<PlacedLabel> out = new ArrayList<>();
        for (LabelMatch m : labels) {
            int runIndex = 0;
            int runLength = 1;
            boolean inClosing = false;
            for (List<Token> run : runs) {
                for (int i = 0; i < run.size(); i++) {
                    if (run.get(i).start() == m.start()) {
                        runIndex = i;
                        runLength = run.size();
                        inClosing = run == closing;
                    }
                }
            }
            boolean aboveFold = fold.shows(t.original(), t.originalOffset(m.start()));
            out.add(new PlacedLabel(m, atStart(t.text(), m.start(), labels), aboveFold, runIndex, runLength, inClosing));
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

    /** Only emoji, punctuation and space before {@code at}, apart from other labels. */
    static boolean atStart(String text, int at, List<LabelMatch> labels) {
        StringBuilder before = new StringBuilder(text.substring(0, at));
        for (LabelMatch l : labels) {
            if (l.end() <= at && !l.lookalike()) {
                for (int i = l.start(); i < l.end(); i++) before.setCharAt(i, ' ');
            }
        }
        return noWords(before.toString());
    }

    static boolean noWords(String s) {
        return s.codePoints().noneMatch(Character::isLetterOrDigit);
    }
}
