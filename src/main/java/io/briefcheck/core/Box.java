package io.briefcheck.core;

/**
 * Where on a picture a finding is: a rectangle in pixels of the image ({@code x}, {@code y} from the top
 * left, {@code width}, {@code height}), the image's name as the document wrote it ({@code image}), its size,
 * and for a frame sampled from a video the second it was taken at ({@code timeS}, null for a still image).
 * The JSON report writes it under these names; the HTML report and the web page draw it on the frame.
 * {@code thumbnail} is the picture itself, small (a {@code data:} URI of a JPEG), for the HTML report to
 * draw the box on; it is not part of the JSON report (null when there is none).
 */
public record Box(String image, Double timeS, int x, int y, int width, int height, int imageWidth, int imageHeight,
                  String thumbnail) {

    /** The same place on the whole picture: where a finding is about the frame rather than a place on it. */
    public Box whole() {
        return new Box(image, timeS, 0, 0, imageWidth, imageHeight, imageWidth, imageHeight, thumbnail);
    }

    /** The smallest box holding this one and {@code other} (the words of one label). */
    public Box union(Box other) {
        int x0 = Math.min(x, other.x);
        int y0 = Math.min(y, other.y);
        int x1 = Math.max(x + width, other.x + other.width);
        int y1 = Math.max(y + height, other.y + other.height);
        return new Box(image, timeS, x0, y0, x1 - x0, y1 - y0, imageWidth, imageHeight, thumbnail);
    }

    /** In words, for the text and Markdown reports: "frame2.png at 3.5 s, 300×40 px at (10, 20) of 1080×1920". */
    public String describe() {
        String when = timeS == null ? "" : String.format(java.util.Locale.ROOT, " at %.1f s", timeS);
        return image + when + ", " + width + "×" + height + " px at (" + x + ", " + y + ") of " + imageWidth + "×" + imageHeight;
    }
}
