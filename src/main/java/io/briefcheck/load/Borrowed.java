package io.briefcheck.load;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A file a document took text from (its subtitles): the name reports show it under, its lines, where the
 * document names it ({@code named}), and, when its cues became one of the document's lists ({@code path},
 * such as {@code video.transcript}), where each cue's times and text are in it. A finding about one of those
 * values points into this file, not into the YAML, which never held them.
 */
final class Borrowed {

    private static final Pattern ITEM = Pattern.compile("\\[(\\d{1,9})](.*)");

    private final String file;
    private final List<String> lines;
    private final Position named;
    private final String path;
    private final List<Subtitles.Cue> cues;

    /**
     * @param path the list the cues became (null when they became none: the file could not be read)
     * @param cues the cues, item {@code i} of the list being cue {@code i}
     */
    Borrowed(String file, List<String> lines, Position named, String path, List<Subtitles.Cue> cues) {
        this.file = file;
        this.lines = lines;
        this.named = named;
        this.path = path;
        this.cues = cues;
    }

    String file() {
        return file;
    }

    /** Where the document names this file: what suppression comments in the YAML are written above. */
    Position named() {
        return named;
    }

    /** True when the value at {@code p} came from this file. */
    boolean covers(String p) {
        return path != null && p != null && (p.equals(path) || p.startsWith(path + "["));
    }

    /**
     * Where the value at a covered path is in this file: a cue's times ({@code [i].at}, {@code [i].until}),
     * character {@code offset} of its text ({@code [i].text}; -1 for its start), the cue itself (its times'
     * line), or the whole list (the first cue, where a missing line would go).
     */
    Position positionOf(String p, int offset) {
        if (cues.isEmpty()) return Position.START;
        Matcher m = ITEM.matcher(p.substring(path.length()));
        Subtitles.Cue cue = m.matches() && Integer.parseInt(m.group(1)) < cues.size() ? cues.get(Integer.parseInt(m.group(1))) : null;
        if (cue == null) return new Position(cues.get(0).startAt().line(), 1);
        return switch (m.group(2)) {
            case ".text" -> cue.positionOf(Math.max(0, offset));
            case ".until" -> cue.endAt();
            default -> cue.startAt();
        };
    }

    /** The text of a covered value (a cue's text or one of its times, as written), or null. */
    String valueAt(String p) {
        Matcher m = ITEM.matcher(p.substring(path.length()));
        if (!m.matches() || Integer.parseInt(m.group(1)) >= cues.size()) return null;
        Subtitles.Cue cue = cues.get(Integer.parseInt(m.group(1)));
        return switch (m.group(2)) {
            case ".text" -> cue.text();
            case ".at" -> cue.startText();
            case ".until" -> cue.endText();
            default -> null;
        };
    }

    /** The text of a 1-based line of this file, or null. */
    String lineText(int line) {
        return line >= 1 && line <= lines.size() ? lines.get(line - 1) : null;
    }
}
