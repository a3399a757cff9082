package io.briefcheck.media;

import io.briefcheck.core.Box;

/** One word OCR read on a picture: its text, where it is, and the WCAG contrast ratio measured in its box. */
public record SeenWord(String text, Box box, double contrast) {
}
