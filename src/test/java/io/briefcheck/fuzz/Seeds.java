package io.briefcheck.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The documents the fuzzer starts from: every document of the bundled examples, the rule fixtures'
 * corpus and the decision corpus (a few hundred real briefs, drafts, profiles and results), each on
 * its own, split at the lines that start a document.
 */
final class Seeds {

    private static final List<Path> FOLDERS = List.of(Path.of("briefs"), Path.of("src/test/resources/corpus"),
            Path.of("src/test/resources/decisions"));

    /** Documents for the examples in the formats' own words, for when a seed must be a known kind. */
    static final String POST = """
            kind: post
            id: fuzz-post
            platform: instagram
            format: reel
            market: US
            connection: paid
            brand: Glow Botanics
            caption: "#ad My morning routine with the new serum. Clinically proven to brighten skin."
            video:
              duration_s: 30
              transcript:
                - {at: "0:02", text: "This video is sponsored by Glow Botanics."}
            """;
    static final String PROFILE = """
            kind: influencer
            handle: "@fuzz.creator"
            platform: instagram
            followers: 48000
            avg_likes: 2400
            avg_comments: 180
            """;

    static final List<String> ALL = load();

    private Seeds() {
    }

    private static List<String> load() {
        List<String> docs = new ArrayList<>(List.of(POST, PROFILE));
        for (Path folder : FOLDERS) {
            try (Stream<Path> walk = Files.walk(folder)) {
                for (Path p : walk.filter(f -> f.toString().endsWith(".yaml")).sorted().toList()) {
                    docs.addAll(split(Files.readString(p, StandardCharsets.UTF_8)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return List.copyOf(docs);
    }

    /** The documents of a stream: the text between lines that start ("---") or end ("...") one. */
    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        StringBuilder doc = new StringBuilder();
        for (String line : text.split("\n", -1)) {
            if (Oracle.isMarker(line)) {
                if (Oracle.hasContent(doc.toString())) out.add(doc.toString());
                doc.setLength(0);
            } else {
                doc.append(line).append('\n');
            }
        }
        if (Oracle.hasContent(doc.toString())) out.add(doc.toString());
        return out;
    }
}
