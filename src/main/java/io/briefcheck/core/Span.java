package io.briefcheck.core;

/** A character range [start, end) inside the reported text value (a caption, a transcript line). */
public record Span(int start, int end) {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Span other && start == other.start && end == other.end;
    }

    @Override
    public int hashCode() {
        return 31 * start + end;
    }
}
