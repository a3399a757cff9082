package io.briefcheck.analysis.disclosure;

/**
 * Where in a post a text stands: the caption, said aloud, shown on screen in a video, on a Story frame,
 * or (for signals only, never a label) an entry of {@code links}.
 */
public enum Place {
    CAPTION, SPOKEN, ON_SCREEN, FRAME, LINK
}
