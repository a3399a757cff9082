package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;

/**
 * Derived fact: the post tells viewers its images were retouched ({@code disclosure.retouched_image_mentions},
 * e.g. "Images retouchées") or made with AI ({@code disclosure.virtual_image_mentions}, "Images virtuelles"),
 * in the caption, on-screen text or a story frame ({@code path}).
 */
public record ImageNotice(Post post, Kind kind, String text, String path) {
    public enum Kind { RETOUCHED, VIRTUAL }
}
