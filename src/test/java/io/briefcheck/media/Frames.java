package io.briefcheck.media;

import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Story frames drawn for the tests: a photo-like background (a gradient, soft blobs of colour and grain,
 * from a seed) and optionally a label of a given size, colour and place, so each test knows what is on
 * the picture and can measure what OCR reads.
 */
final class Frames {
    private Frames() {
    }

    static final int WIDTH = 1080;
    static final int HEIGHT = 1920;
    /** The grain of a phone photo: the standard deviation of each pixel's noise, in grey levels. */
    static final int PHOTO_GRAIN = 8;

    /** A label to draw: its text, letter height in pixels (the font size), colours and where its top left is. */
    record Label(String text, int size, Color ink, Color plate, int x, int y) {
    }

    /** A photo-like background of a Story's size; {@code dark} makes it mostly dark (for light text). */
    static BufferedImage background(long seed, boolean dark) {
        return background(seed, dark, PHOTO_GRAIN, WIDTH, HEIGHT);
    }

    /** A background of any size and grain (0: smooth, which keeps a committed PNG small). */
    static BufferedImage background(long seed, boolean dark, int grain, int width, int height) {
        Random r = new Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        int base = dark ? 20 : 170;
        g.setPaint(new GradientPaint(0, 0, tone(r, base), width, height, tone(r, base)));
        g.fillRect(0, 0, width, height);
        for (int i = 0; i < 14; i++) {
            Color c = tone(r, base);
            g.setColor(new Color(c.getRed(), c.getGreen(), c.getBlue(), 90));
            int w = (200 + r.nextInt(600)) * width / WIDTH;
            int h = (200 + r.nextInt(600)) * width / WIDTH;
            g.fillOval(r.nextInt(width) - w / 2, r.nextInt(height) - h / 2, w, h);
        }
        g.dispose();
        if (grain == 0) return image;
        int[] rgb = image.getRGB(0, 0, width, height, null, 0, width);
        for (int i = 0; i < rgb.length; i++) {
            int c = rgb[i];
            int n = (int) (r.nextGaussian() * grain);
            rgb[i] = (clamp(((c >> 16) & 0xff) + n) << 16) | (clamp(((c >> 8) & 0xff) + n) << 8) | clamp((c & 0xff) + n);
        }
        image.setRGB(0, 0, width, height, rgb, 0, width);
        return image;
    }

    static BufferedImage draw(BufferedImage image, Label label) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, label.size()));
        int w = g.getFontMetrics().stringWidth(label.text());
        int ascent = g.getFontMetrics().getAscent();
        if (label.plate() != null) {
            g.setColor(label.plate());
            g.fillRoundRect(label.x() - label.size() / 3, label.y() - label.size() / 4, w + label.size() * 2 / 3,
                    ascent + label.size() / 2, label.size() / 2, label.size() / 2);
        }
        g.setColor(label.ink());
        g.drawString(label.text(), label.x(), label.y() + ascent);
        g.dispose();
        return image;
    }

    static Path write(BufferedImage image, Path file) throws IOException {
        String name = file.getFileName().toString();
        ImageIO.write(image, name.endsWith(".jpg") ? "jpeg" : "png", file.toFile());
        return file;
    }

    private static Color tone(Random r, int base) {
        return new Color(clamp(base + r.nextInt(70)), clamp(base + r.nextInt(70)), clamp(base + r.nextInt(70)));
    }

    private static int clamp(int v) {
        return Math.max(0, Math.min(255, v));
    }
}
