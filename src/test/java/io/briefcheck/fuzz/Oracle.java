package io.briefcheck.fuzz;

import java.nio.charset.StandardCharsets;
import java.util.regex.Pattern;

/**
 * How many documents the report must list for a file, from the rules docs/formats.md states: a
 * document starts at a line "---" (or after a line "...") and must hold something besides blank
 * lines, comments and directives; a file that is too large, holds a zero byte or a word over the
 * limit is one document that could not be read, and so is a file with no document at all.
 */
final class Oracle {

    static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    static final int MAX_WORD = 64 * 1024;
    private static final Pattern LINES = Pattern.compile("\r\n|\n|\r");
    /** A line that would start or end a document; YAML also breaks lines at NEL, U+2028 and U+2029, so those count too (one space too many is harmless). */
    private static final Pattern MARKER = Pattern.compile("(?m)^(---|\\.\\.\\.)(?=[ \\t]|$)");

    private Oracle() {
    }

    static boolean isMarker(String line) {
        return (line.startsWith("---") || line.startsWith("..."))
                && (line.length() == 3 || line.charAt(3) == ' ' || line.charAt(3) == '\t');
    }

    /** True when the text has a line that is not blank, a comment, a directive or a bare "---". */
    static boolean hasContent(String doc) {
        for (String line : LINES.split(doc, -1)) {
            String t = line.strip();
            if (!t.isEmpty() && !t.startsWith("#") && !t.startsWith("%") && !t.equals("---")) return true;
        }
        return false;
    }

    /**
     * A mutated document made safe to join with others: no line of it starts or ends a document, and
     * it holds something, so a file of n of them is n documents whatever else the mutation did.
     */
    static String keepOneDocument(String doc) {
        String out = MARKER.matcher(doc).replaceAll(" $1");
        return hasContent(out) ? out : out + "\nfuzz: empty\n";
    }

    /** The documents a file of {@code joined} documents is reported as. */
    static int documents(byte[] bytes, int joined) {
        if (bytes.length > MAX_FILE_BYTES) return 1;
        for (byte b : bytes) if (b == 0) return 1;
        if (longestWord(new String(bytes, StandardCharsets.UTF_8)) > MAX_WORD) return 1;
        return Math.max(1, joined);
    }

    /** The documents of any text, by the same rules: for bytes the generator did not put together document by document. */
    static int count(String text) {
        int docs = 0;
        StringBuilder doc = new StringBuilder();
        for (String line : LINES.split(text, -1)) {
            boolean end = line.startsWith("...") && isMarker(line);
            if (isMarker(line) && !end) {
                if (hasContent(doc.toString())) docs++;
                doc.setLength(0);
            }
            if (end) {
                if (hasContent(doc.toString())) docs++;
                doc.setLength(0);
            } else {
                doc.append(line).append('\n');
            }
        }
        return hasContent(doc.toString()) ? docs + 1 : docs;
    }

    /** The longest run of characters without a space, tab or line break. */
    static int longestWord(String text) {
        int longest = 0, run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r') run = 0;
            else longest = Math.max(longest, ++run);
        }
        return longest;
    }
}
