package io.briefcheck.media;

import java.util.List;

/**
 * How pictures and videos are read (rules/data/media.yaml {@code reading}): the OCR languages, the
 * confidence under which a word is left out, the width pictures are read at (Cleaned), Tesseract's
 * {@code thresholding_method} (0 global Otsu, 1 adaptive Otsu, 2 Sauvola), time limits per picture, how often and how long a video is sampled, and
 * the largest picture decoded.
 */
public record MediaSettings(List<String> languages, int minConfidence, int ocrWidth, int thresholding, int ocrTimeoutS, int videoTimeoutS,
                            double samplesPerSecond, double maxSeconds, long maxPixels) {
}
