package io.briefcheck.load;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Decodes a file's bytes as UTF-8 without giving up at the first bad byte: each byte that is not
 * UTF-8 becomes U+FFFD and is remembered with the line and column an editor shows it at (only CR,
 * LF and CRLF end a line; columns count characters; a leading byte order mark is dropped). So the
 * one document that holds it can be reported, and the others in the file are still read.
 */
final class Utf8 {

    /** A byte that is not UTF-8, and where it is. */
    record BadByte(Position at, int value) {
    }

    record Decoded(String text, List<BadByte> bad) {

        /** Where the first zero byte is (text never has one: the file is binary), or null; placed as a bad byte is. */
        Position firstNul() {
            int at = text.indexOf('\u0000');
            if (at < 0) return null;
            Cursor c = new Cursor(text);
            c.advanceTo(at);
            return c.position();
        }
    }

    /** Walks a text's lines and columns as an editor shows them: CR, LF and CRLF end a line; columns count characters. */
    private static final class Cursor {
        private final String text;
        private int i;
        private int line = 1;
        private int column = 1;

        Cursor(String text) {
            this.text = text;
        }

        void advanceTo(int index) {
            while (i < index && i < text.length()) {
                char c = text.charAt(i);
                if (c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'))) {
                    line++;
                    column = 1;
                } else if (c != '\r') {
                    column++;
                }
                i += Character.isHighSurrogate(c) && i + 1 < text.length() ? 2 : 1;
            }
        }

        Position position() {
            return new Position(line, column);
        }
    }

    private Utf8() {
    }

    static Decoded decode(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        List<int[]> bad = new ArrayList<>(); // {char offset, byte value}
        while (true) {
            CoderResult r = decoder.decode(in, out, true);
            if (r.isError()) {
                bad.add(new int[] {out.position(), bytes[in.position()] & 0xFF});
                out.put('\uFFFD');
                in.position(in.position() + r.length());
            } else {
                break; // underflow: all read (a UTF-8 text never has more characters than bytes)
            }
        }
        decoder.flush(out);
        String text = out.flip().toString();
        int skip = text.startsWith("\uFEFF") ? 1 : 0;
        if (skip == 1) text = text.substring(1);
        return new Decoded(text, positions(text, bad, skip));
    }

    private static List<BadByte> positions(String text, List<int[]> bad, int skip) {
        List<BadByte> out = new ArrayList<>(bad.size());
        Cursor c = new Cursor(text);
        for (int[] b : bad) {
            c.advanceTo(b[0] - skip);
            out.add(new BadByte(c.position(), b[1]));
        }
        return out;
    }
}
