package io.briefcheck.media;

import java.awt.image.BufferedImage;

/**
 * A video sample in a 16×16 grid of average greys: two samples whose cells all differ by at most 3 grey levels
 * are the same shot, so the second is not read again (OCR costs about a second a picture). A label that comes
 * or goes changes its cell by far more, however small it is; the noise of video compression averages out.
 */
final class Look {
    private Look() {
    }

    private static final int GRID = 16;

    static int[] of(BufferedImage image) {
        int[] sum = new int[GRID * GRID];
        int[] count = new int[GRID * GRID];
        int w = image.getWidth();
        int h = image.getHeight();
        int step = Math.max(1, Math.min(w, h) / 64);
        for (int y = 0; y < h; y += step) {
            for (int x = 0; x < w; x += step) {
                int rgb = image.getRGB(x, y);
                int grey = (((rgb >> 16) & 0xff) * 3 + ((rgb >> 8) & 0xff) * 6 + (rgb & 0xff)) / 10;
                int cell = (y * GRID / h) * GRID + x * GRID / w;
                sum[cell] += grey;
                count[cell]++;
            }
        }
        for (int i = 0; i < sum.length; i++) sum[i] = count[i] == 0 ? 0 : sum[i] / count[i];
        return sum;
    }

    static boolean same(int[] a, int[] b) {
        for (int i = 0; i < a.length; i++) if (Math.abs(a[i] - b[i]) > 3) return false;
        return true;
    }
}
