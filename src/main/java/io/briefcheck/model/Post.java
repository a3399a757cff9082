package io.briefcheck.model;

import java.util.List;
import java.util.Objects;

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
        return 31 * Objects.hashCode(source) + Objects.hashCode(id);
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Post other && Objects.equals(source, other.source)
                && Objects.equals(id, other.id) && Objects.equals(brief, other.brief)
                && Objects.equals(platform, other.platform) && Objects.equals(format, other.format)
                && Objects.equals(language, other.language) && Objects.equals(market, other.market)
                && Objects.equals(markets, other.markets) && Objects.equals(author, other.author)
                && Objects.equals(brand, other.brand) && Objects.equals(connection, other.connection)
                && Objects.equals(postedBy, other.postedBy) && Objects.equals(brandControl, other.brandControl)
                && Objects.equals(gift, other.gift) && Objects.equals(caption, other.caption)
                && Objects.equals(platformLabel, other.platformLabel) && Objects.equals(video, other.video)
                && Objects.equals(frames, other.frames) && Objects.equals(media, other.media)
                && Objects.equals(claims, other.claims) && Objects.equals(links, other.links);
    }
}
