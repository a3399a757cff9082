package io.briefcheck.model;

import java.util.Objects;

/**
 * Where a fact came from: the input file, the document's index inside it and the field path
 * (for example {@code deliverables[1].due}). Rules report on a path; the engine maps it back to
 * a line and column.
 */
public record Source(String file, int index, String path) {

    public Source child(String field) {
        return new Source(file, index, path.isEmpty() ? field : path + "." + field);
    }

    public Source item(int i) {
        return new Source(file, index, path + "[" + i + "]");
    }

    /** The path of {@code relative} below this one ("" means this one). */
    public String resolve(String relative) {
        if (relative == null || relative.isEmpty()) return path;
        if (path.isEmpty()) return relative;
        return relative.startsWith("[") ? path + relative : path + "." + relative;
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Source other && Objects.equals(file, other.file) && index == other.index
                && Objects.equals(path, other.path);
    }

    @Override
    public int hashCode() {
        return (31 * Objects.hashCode(file) + index) * 31 + Objects.hashCode(path);
    }
}
