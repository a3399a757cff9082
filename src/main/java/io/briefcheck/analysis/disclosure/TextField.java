package io.briefcheck.analysis.disclosure;

/** One piece of a post's text, normalized, with the field {@code path} findings point at ("caption", "frames[1].on_screen_text"). */
record TextField(String path, NormalizedText text) {
}
