package io.briefcheck.model;

import java.util.List;

/** {@code kind: post} — a draft before it is posted. */
public record Post(
        Source source,
        String id,
        String brief,
        @Required Platform platform,
        @Required Format format,
        String language,
        String market,
        List<String> markets,
        String author,
        String brand,
        Connection connection,
        @Required String caption,
        Boolean platformLabel,
        Video video,
        List<Frame> frames,
        Media media,
        List<String> claims,
        List<String> links) implements Located {
}
