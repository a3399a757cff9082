package io.briefcheck.model;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A file a document names beside itself, such as a story frame's image ({@code frames[].image}), a
 * video ({@code video.file}) or its subtitles ({@code video.subtitles}). {@code name} is what the
 * document says; {@code path} is where the loader found it, relative names being read from the
 * document's own folder. {@code path} is null when it was not found (the loader has then reported
 * {@code input/missing-file} at the name), so analysis only ever opens files that exist.
 */
public record Attachment(Source source, String name, Path path) implements Located {

    /** True when the file was found and can be read. */
    public boolean found() {
        return path != null;
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Attachment other && Objects.equals(source, other.source)
                && Objects.equals(name, other.name) && Objects.equals(path, other.path);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
