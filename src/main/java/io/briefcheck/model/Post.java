package io.briefcheck.model;

import java.util.List;

/**
 * {@code kind: post} — a draft before it is posted. {@code postedBy}: whose account publishes it (a
 * brand's own account, repost or boosted post is the brand's own ad); {@code brandControl}: whether the
 * brand had a say in the content (null when unknown); {@code gift}: details of a free product.
 */
public record Post(
        Source source,
        String id,
        String brief,
        @Required Platform platform,
        @Required Format format,
        String language,
        @MarketCode String market,
        @MarketCode List<String> markets,
        String author,
        String brand,
        Connection connection,
        PostedBy postedBy,
        Boolean brandControl,
        Gift gift,
        @Required String caption,
        Boolean platformLabel,
        Video video,
        List<Frame> frames,
        Media media,
        List<String> claims,
        List<String> links) implements Located {

    /** True when the post names a Story frame's picture or a video file that was found: only then are media read. */
    public boolean namesMedia() {
        for (Frame f : frames) if (f.image() != null && f.image().found()) return true;
        return video != null && video.file() != null && video.file().found();
    }

    /**
     * Hashes only the source and id, so equal posts still hash equally: the rule engine hashes every fact
     * that names the post many times over, and the generated hash walked the whole post (a Story with 30,000 frames made that quadratic).
     */
    @Override
    public int hashCode() {
        return 31 * java.util.Objects.hashCode(source) + java.util.Objects.hashCode(id);
    }
}
