package io.briefcheck.analysis.disclosure;

import io.briefcheck.core.Box;
import io.briefcheck.model.Market;
import io.briefcheck.model.Post;
import java.util.ArrayList;
import java.util.List;

/**
 * Derived fact: a label this market accepts, read by OCR on a Story frame's picture or a video, that cannot be
 * read by a viewer, so it does not count as a disclosure: {@code small} (its height is {@code heightPercent} of
 * the frame's), {@code faint} (WCAG contrast {@code contrast}), {@code covered} by the app's {@code zone}, or
 * on a video {@code brief}ly ({@code seconds} in one go). {@code path} is the picture's or video's field,
 * {@code box} where the label is (the first sample of a video that shows it).
 */
public record SeenLabel(Post post, Market market, String path, String label, Box box, double heightPercent,
                        double contrast, String zone, Double seconds, boolean small, boolean faint, boolean brief) {

    public boolean covered() {
        return zone != null;
    }

    /** True when a viewer cannot read it: it does not count as a disclosure. */
    public boolean unreadable() {
        return small || faint || covered() || brief;
    }

    /** What is wrong with it, in a few words, for the note on the fixed caption. */
    String problem() {
        List<String> out = new ArrayList<>();
        if (small) out.add("too small");
        if (faint) out.add("too faint");
        if (covered()) out.add("under " + zone);
        if (brief) out.add("on screen too briefly");
        return String.join(", ", out);
    }

    /** "on frame2.png" or "on reel.mp4 at 0:03". */
    public String where() {
        return "on " + box.image() + (box.timeS() == null ? "" : " at " + Clock.text(box.timeS()));
    }

    /** The label's height as a share of the frame's, in percent ("0.9"). */
    public String heightText() {
        return figure(heightPercent);
    }

    /** A measured figure or threshold as a message says it: "0.9", "1.5", "3", "12". */
    public static String figure(double v) {
        String s = String.format(java.util.Locale.ROOT, v < 10 ? "%.1f" : "%.0f", v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    /** The height in pixels that {@code percent} of this picture's height is. */
    public long pixelsFor(double percent) {
        return Math.round(Math.ceil(box.imageHeight() * percent / 100));
    }

    public String contrastText() {
        return figure(contrast) + ":1";
    }

    /** How long it is on screen: "1 second", "1.5 seconds". */
    public String secondsText() {
        if (seconds == null) return "";
        String s = figure(seconds);
        return s + (s.equals("1") ? " second" : " seconds");
    }
}
