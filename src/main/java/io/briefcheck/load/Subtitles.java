package io.briefcheck.load;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a subtitle file, SRT or WebVTT, as CapCut, YouTube Studio, TikTok and subtitle editors export
 * them: a byte order mark, CRLF or CR line ends, cue numbers (SRT) or identifiers (WebVTT), times with
 * a comma or a dot before the milliseconds, hours left out (WebVTT), a {@code WEBVTT} header with
 * metadata, {@code NOTE}, {@code STYLE} and {@code REGION} blocks, cue settings after the end time,
 * text over several lines, tags ({@code <i>}, {@code <c.yellow>}, {@code <v Anna>}, YouTube's
 * {@code <00:00:01.500>}, SRT's {@code <font>} and {@code {\an8}}) and HTML entities ({@code &amp;}).
 * <p>
 * Strict everywhere else: the first thing that is not one of these (a time that is no time, an end before
 * its start, text outside a cue, a missing blank line between cues, bytes that are not text) stops the
 * read with its line and column and a fix, because a transcript guessed from a damaged file could pass a
 * video that does not say what the check thinks. No Java library on Maven Central that is kept up reads
 * both formats and says where each cue's text is, which a finding about it needs; so this one does.
 */
public final class Subtitles {

    /**
     * One cue: its start and end in seconds and as written, where its times and its text are (the text
     * starts on {@code textLine}, its {@code raw} lines as written), and its {@code text} as said: tags left
     * out, entities decoded, lines joined with a line break.
     */
    public record Cue(double start, double end, String startText, String endText, Position startAt, Position endAt,
                      int textLine, List<String> raw, String text) {

        /** Where character {@code offset} of {@link #text} is written in the file. */
        public Position positionOf(int offset) {
            List<Position> where = new ArrayList<>();
            clean(raw, textLine, where, offset);
            if (where.isEmpty()) return new Position(textLine, 1);
            return where.get(Math.max(0, Math.min(offset, where.size() - 1)));
        }
    }

    /** What went wrong, where in the subtitle file, and what to do. */
    public record Fault(InputRule rule, Position at, String message, String fix) {
    }

    /** A file read: its lines, and its cues (empty when {@code fault} stopped the read). */
    public record Read(List<String> lines, List<Cue> cues, Fault fault) {
    }

    private static final Pattern TIMING = Pattern.compile("^(\\S*?)[ \\t]*-->[ \\t]*(\\S*)(?:[ \\t]+.*)?$");
    private static final Pattern TIME = Pattern.compile("(?:(\\d{1,9}):)?(\\d{2}):(\\d{2})[,.](\\d{3})");
    private static final Pattern ENTITY = Pattern.compile("&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]{2,8});");
    private static final Map<String, String> NAMED = Map.of("amp", "&", "lt", "<", "gt", ">", "quot", "\"",
            "apos", "'", "nbsp", "\u00A0", "lrm", "\u200E", "rlm", "\u200F");
    private static final String EXAMPLE = "00:00:01,000 --> 00:00:04,000";

    private Subtitles() {
    }

    /** Reads a subtitle file, shown as {@code name}, within the loader's limits (see {@link #read(String, byte[], Limits)}). */
    public static Read read(String name, Path file, Limits limits) {
        try {
            long size = Files.size(file);
            if (size > limits.maxFileBytes()) return tooLarge(name, size, limits);
            try (InputStream in = Files.newInputStream(file)) {
                // never more than the limit, even from a file that grows while it is read
                byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
                return read(name, bytes, limits);
            }
        } catch (IOException e) {
            return fault(List.of(), new Fault(InputRule.MISSING_FILE, Position.START, "The subtitle file '" + name
                    + "' could not be read (" + e.getClass().getSimpleName() + ").",
                    "Check that the file is there and that your user may read it, then check again."));
        }
    }

    /**
     * Reads a subtitle file's bytes, {@code name} being its name (a name ending in .vtt must hold WebVTT).
     * Files over {@code limits.maxFileBytes()}, or of more cues than {@code limits.maxListItems()} (the
     * lines a typed transcript may have), are refused.
     */
    public static Read read(String name, byte[] bytes, Limits limits) {
        if (bytes.length > limits.maxFileBytes()) return tooLarge(name, bytes.length, limits);
        String text;
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        } else {
            Utf8.Decoded decoded = Utf8.decode(bytes);
            Position nul = decoded.firstNul();
            if (nul != null) {
                return fault(List.of(), new Fault(InputRule.INVALID_VALUE, nul, "'" + name
                        + "' holds binary data (a zero byte here), so it is not a subtitle file.",
                        "Name the .srt or .vtt file your editor exported (not the video), e.g. subtitles: reel.srt."));
            }
            if (!decoded.bad().isEmpty()) {
                Utf8.BadByte b = decoded.bad().get(0);
                return fault(lines(decoded.text()), new Fault(InputRule.INVALID_VALUE, b.at(), String.format(Locale.ROOT,
                        "The byte 0x%02X here is not UTF-8 text: '%s' was probably saved in another encoding "
                                + "(such as Windows-1252), so its subtitles were not read.", b.value(), name),
                        "Export the subtitles again as UTF-8, or open the file in a text editor and save it as UTF-8."));
            }
            text = decoded.text();
        }
        return parse(name, text, limits.maxListItems());
    }

    private static Read tooLarge(String name, long size, Limits limits) {
        return fault(List.of(), new Fault(InputRule.LIMIT_EXCEEDED, Position.START, "The subtitle file '" + name
                + "' is " + size + " bytes, over the limit of " + limits.maxFileBytes() + " bytes; it was not read.",
                "Name the subtitles of this one video (an export of a short video is a few kilobytes)."));
    }

    private static Read fault(List<String> lines, Fault fault) {
        return new Read(lines, List.of(), fault);
    }

    private static List<String> lines(String text) {
        return List.of(text.split("\r\n|\n|\r", -1));
    }

    /** Reads decoded text; at most {@code maxCues} cues. */
    static Read parse(String name, String text, int maxCues) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<String> lines = lines(text);
        Parser p = new Parser(name, lines, maxCues);
        Fault fault = p.run();
        return fault == null ? new Read(lines, List.copyOf(p.cues), null) : fault(lines, fault);
    }

    /** One pass over the lines; {@code at} is the 0-based line being read. */
    private static final class Parser {
        private final String name;
        private final List<String> lines;
        private final int maxCues;
        private final List<Cue> cues = new ArrayList<>();
        private final boolean vtt;
        private int at;

        Parser(String name, List<String> lines, int maxCues) {
            this.name = name;
            this.lines = lines;
            this.maxCues = maxCues;
            String first = lines.get(0);
            this.vtt = first.equals("WEBVTT") || first.startsWith("WEBVTT ") || first.startsWith("WEBVTT\t");
        }

        Fault run() {
            if (!vtt && name.toLowerCase(Locale.ROOT).endsWith(".vtt")) {
                return new Fault(InputRule.INVALID_VALUE, Position.START, "'" + name
                        + "' is named as a WebVTT file, but its first line is not WEBVTT.",
                        "Start the file with the line WEBVTT, or export the subtitles again as .vtt (or as .srt and name that).");
            }
            if (vtt) {
                // the header: WEBVTT and its metadata lines (Kind:, Language:) up to the first blank line
                for (at = 1; at < lines.size() && !blank(at); at++) {
                    if (lines.get(at).contains("-->")) return missingBlank(at, "the WEBVTT header");
                }
            }
            int blocks = 0;
            while (true) {
                while (at < lines.size() && blank(at)) at++;
                if (at >= lines.size()) break;
                if (vtt && block(lines.get(at))) {
                    while (at < lines.size() && !blank(at)) at++;
                    continue;
                }
                int first = at;
                Fault f = cue();
                if (f != null) return f;
                if (++blocks > maxCues) {
                    return new Fault(InputRule.LIMIT_EXCEEDED, new Position(first + 1, 1), "'" + name + "' has more than "
                            + maxCues + " cues, more than briefcheck reads for one video; it was not read.",
                            "Check that this is the subtitle file of the one video this post is about.");
                }
            }
            if (cues.isEmpty()) {
                return new Fault(InputRule.INVALID_VALUE, Position.START, "'" + name + "' holds no subtitles with text"
                        + (vtt ? " (only the WEBVTT header, notes or styles)." : "."),
                        "Export the subtitles again after adding captions to the video, or name the right file.");
            }
            return null;
        }

        /** One cue: an optional number or identifier, the times, then the text up to a blank line. */
        private Fault cue() {
            int first = at;
            if (!lines.get(at).contains("-->")) {
                String id = lines.get(at).strip();
                boolean number = id.chars().allMatch(Character::isDigit);
                if (at + 1 >= lines.size() || !lines.get(at + 1).contains("-->")) {
                    if (number) {
                        return new Fault(InputRule.INVALID_VALUE, new Position(at + 2, 1), "Cue " + id + " in '" + name
                                + "' has no times: the line after its number should say when it starts and ends.",
                                "Write its times on the line after the number, e.g. " + times() + ".");
                    }
                    return new Fault(InputRule.INVALID_VALUE, new Position(at + 1, 1), "Line " + (at + 1) + " of '" + name
                            + "' is text outside a cue: every cue's text follows its times.",
                            "Put the times before the text, e.g. " + times() + ", or add the blank line that ends the cue above.");
                }
                if (!vtt && !number) {
                    return new Fault(InputRule.INVALID_VALUE, new Position(at + 1, 1), "Line " + (at + 1) + " of '" + name
                            + "' should be the cue's number (1, 2, 3, ...), not \"" + id + "\".",
                            "Number the cue, or export the subtitles again from your video editor.");
                }
                at++;
            }
            Matcher m = TIMING.matcher(lines.get(at));
            if (!m.matches()) {
                return new Fault(InputRule.INVALID_VALUE, new Position(at + 1, 1), "Line " + (at + 1) + " of '" + name
                        + "' should give the cue's start and end, as " + times() + ".",
                        "Write the start, \" --> \" and the end on one line.");
            }
            int line = at + 1;
            Position startAt = new Position(line, m.start(1) + 1);
            Position endAt = new Position(line, m.start(2) + 1);
            Object start = time(m.group(1), startAt);
            if (start instanceof Fault f) return f;
            Object end = time(m.group(2), endAt);
            if (end instanceof Fault f) return f;
            if ((double) end < (double) start) {
                return new Fault(InputRule.INVALID_VALUE, endAt, "The cue on line " + line + " of '" + name + "' ends ("
                        + m.group(2) + ") before it starts (" + m.group(1) + ").",
                        "Correct the end time: it comes after the start, e.g. " + times() + ".");
            }
            List<String> raw = new ArrayList<>();
            for (at++; at < lines.size() && !blank(at); at++) {
                if (lines.get(at).contains("-->") || (lines.get(at).strip().chars().allMatch(Character::isDigit)
                        && at + 1 < lines.size() && lines.get(at + 1).contains("-->"))) {
                    return missingBlank(at, "the cue on line " + (first + 1));
                }
                raw.add(lines.get(at));
            }
            String text = clean(raw, line + 1, null, Integer.MAX_VALUE);
            if (!text.isBlank()) {
                cues.add(new Cue((double) start, (double) end, m.group(1), m.group(2), startAt, endAt, line + 1,
                        List.copyOf(raw), text));
            }
            return null;
        }

        /** A time in seconds, or the fault that it is none. */
        private Object time(String text, Position where) {
            Matcher t = TIME.matcher(text);
            if (!t.matches()) {
                return new Fault(InputRule.INVALID_VALUE, where, "\"" + text + "\" on line " + where.line() + " of '" + name
                        + "' is not a subtitle time.",
                        "Write hours:minutes:seconds and three digits of milliseconds, e.g. " + (vtt ? "00:00:01.000" : "00:00:01,000")
                                + (vtt ? " (or minutes:seconds.milliseconds, 00:01.000)." : "."));
            }
            int minutes = Integer.parseInt(t.group(2));
            int seconds = Integer.parseInt(t.group(3));
            if (minutes > 59 || seconds > 59) {
                return new Fault(InputRule.INVALID_VALUE, where, "\"" + text + "\" on line " + where.line() + " of '" + name
                        + "' has " + (minutes > 59 ? minutes + " minutes" : seconds + " seconds") + "; an hour has 60 minutes, a minute 60 seconds.",
                        "Carry the extra into the next unit, e.g. 00:01:15,000 for 75 seconds.");
            }
            double hours = t.group(1) == null ? 0 : Double.parseDouble(t.group(1));
            return hours * 3600 + minutes * 60 + seconds + Integer.parseInt(t.group(4)) / 1000.0;
        }

        private Fault missingBlank(int index, String after) {
            return new Fault(InputRule.INVALID_VALUE, new Position(index + 1, 1), "Line " + (index + 1) + " of '" + name
                    + "' starts a new cue, but no blank line separates it from " + after + ".",
                    "Add an empty line before line " + (index + 1) + ".");
        }

        private String times() {
            return vtt ? EXAMPLE.replace(',', '.') : EXAMPLE;
        }

        private boolean blank(int index) {
            return lines.get(index).isBlank();
        }

        /** A WebVTT block that is not a cue: a note, a style sheet or a region. */
        private static boolean block(String line) {
            for (String word : List.of("NOTE", "STYLE", "REGION")) {
                if (line.equals(word) || line.startsWith(word + " ") || line.startsWith(word + "\t")) return true;
            }
            return false;
        }
    }

    /**
     * A cue's text as said: its lines joined with line breaks, without tags and with entities decoded.
     * When {@code where} is given, it gets the file position of each character of the result
     * ({@code firstLine}: the line of the first raw line; columns count characters as editors do), up to
     * character {@code upTo} at least (the rest is not needed then).
     */
    static String clean(List<String> raw, int firstLine, List<Position> where, int upTo) {
        StringBuilder out = new StringBuilder();
        int lineEnd = 1; // the column after the last line read: where the line break joining it to the next is
        for (int l = 0; l < raw.size() && (where == null || where.size() <= upTo); l++) {
            String s = raw.get(l);
            if (l > 0) add(out, where, "\n", firstLine + l - 1, lineEnd);
            // a tag ends at the next '>' (a brace tag at the next '}'): none after the last one, so a line of
            // thousands of '<' is read once, not once per '<'
            int lastAngle = s.lastIndexOf('>');
            int lastBrace = s.lastIndexOf('}');
            int i = 0;
            int column = 1; // of character i, kept as the line is read (counted afresh, a long line took quadratic time)
            while (i < s.length() && (where == null || where.size() <= upTo)) {
                char c = s.charAt(i);
                int skip = c == '<' && i < lastAngle ? tagEnd(s, i)
                        : c == '{' && i < lastBrace && s.startsWith("{\\", i) ? s.indexOf('}', i) + 1 : 0;
                int next = i + Character.charCount(s.codePointAt(i));
                String said = s.substring(i, next);
                if (skip > i) {
                    next = skip;
                    said = "";
                } else if (c == '&') {
                    Matcher e = ENTITY.matcher(s).region(i, s.length());
                    String decoded = e.lookingAt() ? entity(e.group(1)) : null;
                    if (decoded != null) {
                        next = e.end();
                        said = decoded;
                    }
                }
                add(out, where, said, firstLine + l, column);
                column += s.codePointCount(i, next);
                i = next;
            }
            lineEnd = column;
        }
        return out.toString();
    }

    private static void add(StringBuilder out, List<Position> where, String text, int line, int column) {
        out.append(text);
        if (where != null) for (int k = 0; k < text.length(); k++) where.add(new Position(line, column));
    }

    /** Where a tag that starts at {@code i} ends (just after its '>', which the line has), or {@code i} when '<' starts none. */
    private static int tagEnd(String s, int i) {
        char n = s.charAt(i + 1);
        return Character.isLetterOrDigit(n) || n == '/' ? s.indexOf('>', i) + 1 : i;
    }

    /** The text of an entity's name or number, or null for one that is not known (left as written). */
    private static String entity(String body) {
        if (body.charAt(0) != '#') return NAMED.get(body);
        int cp = body.charAt(1) == 'x' || body.charAt(1) == 'X' ? Integer.parseInt(body.substring(2), 16)
                : Integer.parseInt(body.substring(1));
        return cp > 0 && Character.isValidCodePoint(cp) && (cp < 0xD800 || cp > 0xDFFF) ? new String(Character.toChars(cp)) : null;
    }
}
