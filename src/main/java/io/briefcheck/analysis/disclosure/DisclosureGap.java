package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Market;
import io.briefcheck.model.Post;

/**
 * Derived fact: the longest stretch of a live stream or video, in seconds, with no accepted
 * disclosure ({@code spokenOnly}: counting only what is said aloud, not on-screen text).
 */
public record DisclosureGap(Post post, Market market, boolean spokenOnly, double fromS, double toS) {
    public double seconds() {
        return toS - fromS;
    }
}
