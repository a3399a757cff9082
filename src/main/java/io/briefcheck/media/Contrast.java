package io.briefcheck.media;

import java.awt.image.BufferedImage;

/**
 * How well text stands out from what is behind it, as the WCAG 2.x contrast ratio
 * ({@code (L1 + 0.05) / (L2 + 0.05)} of the relative luminances of the lighter and the darker colour,
 * https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio), measured from the pixels of a text's box: they are
 * split into the text's colour and the background's (Otsu's threshold on luminance), and each side's
 * typical (median) luminance is compared. 1 means no contrast at all, 21 black on white.
 */
final class Contrast {
    private Contrast() {
    }

    private static final double[] LINEAR = new double[256];

    static {
        for (int i = 0; i < 256; i++) {
            double c = i / 255.0;
            LINEAR[i] = c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
        }
    }

    /** The relative luminance of an sRGB colour (WCAG 2.x definition). */
    static double luminance(int rgb) {
        return 0.2126 * LINEAR[(rgb >> 16) & 0xff] + 0.7152 * LINEAR[(rgb >> 8) & 0xff] + 0.0722 * LINEAR[rgb & 0xff];
    }

    static double ratio(double l1, double l2) {
        return (Math.max(l1, l2) + 0.05) / (Math.min(l1, l2) + 0.05);
    }

    /** The contrast of the text in the box (clipped to the image); at most about 40,000 pixels are read. */
    static double inBox(BufferedImage image, int x, int y, int width, int height) {
        int x0 = Math.max(0, x);
        int y0 = Math.max(0, y);
        int x1 = Math.min(image.getWidth(), x + width);
        int y1 = Math.min(image.getHeight(), y + height);
        if (x1 <= x0 || y1 <= y0) return 1;
        int step = (int) Math.max(1, Math.ceil(Math.sqrt((double) (x1 - x0) * (y1 - y0) / 40_000)));
        int[] bins = new int[1024];
        int n = 0;
        for (int yy = y0; yy < y1; yy += step) {
            for (int xx = x0; xx < x1; xx += step) {
                bins[(int) Math.min(1023, luminance(image.getRGB(xx, yy)) * 1024)]++;
                n++;
            }
        }
        int t = otsu(bins, n);
        double low = median(bins, 0, t);
        double high = median(bins, t, bins.length);
        return Double.isNaN(low) || Double.isNaN(high) ? 1 : ratio(low, high); // one colour only: nothing stands out
    }

    /** The first bin of the upper class: the split that best separates the two colours. */
    private static int otsu(int[] bins, int n) {
        double sum = 0;
        for (int i = 0; i < bins.length; i++) sum += (double) i * bins[i];
        double sumLow = 0;
        long low = 0;
        double best = -1;
        int split = bins.length / 2;
        for (int i = 0; i < bins.length; i++) {
            low += bins[i];
            if (low == 0) continue;
            long high = n - low;
            if (high == 0) break;
            sumLow += (double) i * bins[i];
            double meanLow = sumLow / low;
            double meanHigh = (sum - sumLow) / high;
            double between = (double) low * high * (meanLow - meanHigh) * (meanLow - meanHigh);
            if (between > best) {
                best = between;
                split = i + 1;
            }
        }
        return split;
    }

    /** The median luminance of the bins [from, to); NaN when they are empty. */
    private static double median(int[] bins, int from, int to) {
        long count = 0;
        for (int i = from; i < to; i++) count += bins[i];
        if (count == 0) return Double.NaN;
        long half = (count + 1) / 2;
        long seen = 0;
        for (int i = from; i < to; i++) {
            seen += bins[i];
            if (seen >= half) return (i + 0.5) / bins.length;
        }
        return (to - 0.5) / bins.length;
    }
}
