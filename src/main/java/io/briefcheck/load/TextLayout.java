package io.briefcheck.load;

/**
 * How a text value's characters sit in the file, for values written so that they map one to one:
 * a single-line plain or quoted scalar without escapes, or a literal block ({@code |}). The first
 * line starts at {@code start}; later lines (after a newline in the value) start at column
 * {@code indentColumn}. Lets a finding about a span inside a caption point at the exact character.
 */
public record TextLayout(Position start, int indentColumn, String text) {

    /** The file position of character {@code offset} of the value. */
    public Position positionOf(int offset) {
        int o = Math.max(0, Math.min(offset, text.length()));
        int lastBreak = text.lastIndexOf('\n', o - 1);
        if (lastBreak < 0) return new Position(start.line(), start.column() + text.codePointCount(0, o));
        int line = start.line();
        for (int i = 0; i < o; i++) if (text.charAt(i) == '\n') line++;
        return new Position(line, indentColumn + text.codePointCount(lastBreak + 1, o));
    }
}
