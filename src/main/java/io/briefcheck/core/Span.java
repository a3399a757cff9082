package io.briefcheck.core;

/** A character range [start, end) inside the reported text value (a caption, a transcript line). */
public record Span(int start, int end) {
}
