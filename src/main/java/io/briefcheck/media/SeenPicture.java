package io.briefcheck.media;

import io.briefcheck.core.Box;
import java.util.ArrayList;
import java.util.List;

/**
 * What OCR read on one picture (a story frame, or a frame sampled from a video at {@code timeS}): its
 * lines of words, top to bottom. {@link #text()} joins them, one line per line, one space between words;
 * {@link #wordsAt} finds the words of a piece of that text, so a label found in the text has its box.
 */
public record SeenPicture(String image, Double timeS, int width, int height, String thumbnail, List<List<SeenWord>> lines) {

    public SeenPicture {
        lines = List.copyOf(lines);
    }

    /** The whole picture as a box, for a finding about the frame (no label on it). */
    public Box whole() {
        return new Box(image, timeS, 0, 0, width, height, width, height, thumbnail);
    }

    /** The same reading at another time of a video (a frame that did not change since). */
    SeenPicture at(double time) {
        List<List<SeenWord>> moved = new ArrayList<>();
        for (List<SeenWord> line : lines) {
            List<SeenWord> l = new ArrayList<>();
            for (SeenWord w : line) {
                Box b = w.box();
                l.add(new SeenWord(w.text(), new Box(b.image(), time, b.x(), b.y(), b.width(), b.height(), b.imageWidth(),
                        b.imageHeight(), b.thumbnail()), w.contrast()));
            }
            moved.add(l);
        }
        return new SeenPicture(image, time, width, height, thumbnail, moved);
    }

    public String text() {
        StringBuilder sb = new StringBuilder();
        for (List<SeenWord> line : lines) {
            if (sb.length() > 0) sb.append('\n');
            for (int i = 0; i < line.size(); i++) sb.append(i > 0 ? " " : "").append(line.get(i).text());
        }
        return sb.toString();
    }

    /** The words that share a character with [start, end) of {@link #text()}. */
    public List<SeenWord> wordsAt(int start, int end) {
        List<SeenWord> out = new ArrayList<>();
        int at = 0;
        for (List<SeenWord> line : lines) {
            for (SeenWord w : line) {
                int s = at;
                int e = at + w.text().length();
                if (s < end && e > start) out.add(w);
                at = e + 1; // the space or line break after it
            }
        }
        return out;
    }
}
