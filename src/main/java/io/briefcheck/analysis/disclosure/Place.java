package io.briefcheck.analysis.disclosure;

/** Where in a post a label stands: the caption, said aloud, shown on screen in a video, or on a Story frame. */
public enum Place {
    CAPTION, SPOKEN, ON_SCREEN, FRAME
}
