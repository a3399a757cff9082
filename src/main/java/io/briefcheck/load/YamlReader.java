package io.briefcheck.load;

import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.composer.Composer;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.MappingStartEvent;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.events.SequenceStartEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.parser.Parser;
import org.yaml.snakeyaml.parser.ParserImpl;
import org.yaml.snakeyaml.reader.StreamReader;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Splits a YAML stream into documents and reads each one on its own, so that a broken document
 * never hides the ones around it. Each document becomes a {@link YNode} tree with 1-based positions
 * in the whole file, or a {@link Problem} saying why it could not be read.
 */
public final class YamlReader {

    /**
     * One document of a stream: its index, first line, and either a tree or a problem. {@code offset}
     * and {@code lineCount} say which lines of the stream it spans (0-based first line, comments included).
     */
    public record Raw(int index, int firstLine, YNode root, Problem problem, int offset, int lineCount) {
    }

    private final Limits limits;

    public YamlReader(Limits limits) {
        this.limits = limits;
    }

    public List<Raw> read(String text) {
        List<Raw> out = new ArrayList<>();
        Position longWord = longWord(text);
        if (longWord != null) {
            return List.of(new Raw(0, longWord.line(), null, new Problem(InputRule.LIMIT_EXCEEDED, longWord, "",
                    "A word here runs on for more than " + MAX_WORD + " characters without a space or line break; the file was not read.",
                    "Check that this is the file you meant: no brief or post has a word that long (a link may have a few thousand)."),
                    0, 0));
        }
        Budget budget = new Budget(limits.maxExpandedChars());
        for (Chunk chunk : split(text)) {
            out.add(readOne(out.size(), chunk, budget));
        }
        return out;
    }

    /**
     * The longest run of characters without a space or a line break the reader accepts. Reading such a
     * run costs time in the square of its length (SnakeYAML looks ahead through all of it), so a file of
     * one two-megabyte word would take a second; real links and hashtags are far shorter.
     */
    static final int MAX_WORD = 64 * 1024;

    /** Where a word longer than {@link #MAX_WORD} starts, or null. */
    private static Position longWord(String text) {
        int line = 1, lineStart = 0, run = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                line++;
                lineStart = i + 1;
                run = 0;
            } else if (c == ' ' || c == '\t') {
                run = 0;
            } else if (++run > MAX_WORD) {
                int start = i - run + 1;
                return new Position(line, text.codePointCount(lineStart, start) + 1);
            }
        }
        return null;
    }

    /** The characters a whole stream may expand to, shared by its documents. */
    private static final class Budget {
        long left;

        Budget(long chars) {
            this.left = chars;
        }
    }

    /**
     * Counts, event by event as the parser reads, the characters of the values and field names a
     * document holds once every alias is written out (an alias costs what its anchor holds), and stops
     * at the alias or value that goes over the stream's {@link Budget}: a few short aliases of a long
     * text are refused before the rest of the file is even parsed.
     */
    private final class Counting implements Parser {
        private final Parser parser;
        private final Budget budget;
        private final ChunkLines marks;
        private final Map<String, Long> anchors = new HashMap<>();
        private final Deque<Object[]> open = new ArrayDeque<>(); // {anchor or null, characters before it}
        private final Deque<int[]> items = new ArrayDeque<>(); // per open collection: {items so far}, -1 for a mapping
        private long spent;

        Counting(Parser parser, Budget budget, ChunkLines marks) {
            this.parser = parser;
            this.budget = budget;
            this.marks = marks;
        }

        @Override
        public boolean checkEvent(Event.ID choice) {
            return parser.checkEvent(choice);
        }

        @Override
        public Event peekEvent() {
            return parser.peekEvent();
        }

        @Override
        public Event getEvent() {
            Event e = parser.getEvent();
            if (e instanceof ScalarEvent || e instanceof AliasEvent || e instanceof CollectionStartEvent) count(e);
            if (e instanceof SequenceStartEvent) items.push(new int[] {0});
            else if (e instanceof MappingStartEvent) items.push(new int[] {-1});
            else if (e instanceof CollectionEndEvent && !items.isEmpty()) items.pop();
            if (e instanceof ScalarEvent s) {
                spend(s.getValue().length(), e);
                if (s.getAnchor() != null) anchors.put(s.getAnchor(), (long) s.getValue().length());
            } else if (e instanceof AliasEvent a) {
                spend(anchors.getOrDefault(a.getAnchor(), 0L), e);
            } else if (e instanceof CollectionStartEvent c) {
                open.push(new Object[] {c.getAnchor(), spent});
            } else if (e instanceof CollectionEndEvent && !open.isEmpty()) {
                Object[] start = open.pop();
                if (start[0] != null) anchors.put((String) start[0], spent - (Long) start[1]);
            }
            return e;
        }

        /** One more item in the list it is in: past the limit the document is not read (parsing stops there). */
        private void count(Event e) {
            int[] list = items.peek();
            if (list == null || list[0] < 0 || ++list[0] <= limits.maxListItems()) return;
            Position at = e.getStartMark() == null ? Position.START : marks.at(e.getStartMark());
            throw new LimitException(new Problem(InputRule.LIMIT_EXCEEDED, at, "",
                    "This list has more than " + limits.maxListItems() + " items (this is item " + list[0]
                            + "); the document was not read.",
                    "Real briefs and posts have far fewer: a Story has at most 100 frames a day. Split the list "
                            + "over several documents, or remove what was generated by mistake."));
        }

        private void spend(long chars, Event e) {
            spent += chars;
            budget.left -= chars;
            if (budget.left < 0) {
                Position at = e.getStartMark() == null ? Position.START : marks.at(e.getStartMark());
                throw new LimitException(new Problem(InputRule.LIMIT_EXCEEDED, at, "",
                        "This file's values add up to more than " + limits.maxExpandedChars()
                                + " characters once its aliases (*name) are written out; it was not read.",
                        "Write each text out once instead of repeating it with an anchor (&name) and aliases (*name)."));
            }
        }
    }

    /**
     * File positions for SnakeYAML's marks. SnakeYAML also breaks lines at U+0085, U+2028 and U+2029,
     * which editors show inside a line; its code point index is mapped back onto the lines as an
     * editor counts them (only CR, LF and CRLF end a line, and {@link #split} has made them all LF).
     */
    private static final class ChunkLines {
        private final int lineOffset;
        private final int[] starts;

        ChunkLines(Chunk chunk) {
            this.lineOffset = chunk.offset();
            String t = chunk.text();
            List<Integer> s = new ArrayList<>();
            s.add(0);
            int cp = 0;
            for (int i = 0; i < t.length(); ) {
                int c = t.codePointAt(i);
                i += Character.charCount(c);
                cp++;
                if (c == '\n') s.add(cp);
            }
            this.starts = s.stream().mapToInt(Integer::intValue).toArray();
        }

        /** The 0-based line of the chunk that holds code point {@code index}. */
        int line(int index) {
            int lo = 0, hi = starts.length - 1;
            while (lo < hi) {
                int mid = (lo + hi + 1) >>> 1;
                if (starts[mid] <= index) lo = mid;
                else hi = mid - 1;
            }
            return lo;
        }

        /** The mark's position; the end of the text (after its last line break) is the end of the last line. */
        Position at(Mark m) {
            int line = line(m.getIndex());
            int last = starts.length - 2;
            if (line > last && last >= 0) return new Position(lineOffset + last + 1, starts[last + 1] - starts[last]);
            return new Position(lineOffset + line + 1, m.getIndex() - starts[line] + 1);
        }
    }

    private record Chunk(int offset, String text, int firstContentLine, int lineCount) {
    }

    /** Cuts the stream at '---' and '...' lines; chunks with nothing but comments are not documents. */
    static List<Chunk> split(String text) {
        String[] lines = text.split("\r\n|\n|\r", -1);
        List<Chunk> chunks = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= lines.length; i++) {
            boolean end = i == lines.length;
            boolean marker = !end && (isMarker(lines[i], "---") || isMarker(lines[i], "..."));
            if (end || (marker && i > start)) {
                addChunk(chunks, lines, start, i);
                start = i;
            }
            if (marker && lines[i].startsWith("...")) {
                start = i + 1;
            }
        }
        return chunks;
    }

    private static boolean isMarker(String line, String marker) {
        return line.startsWith(marker)
                && (line.length() == 3 || line.charAt(3) == ' ' || line.charAt(3) == '\t');
    }

    private static void addChunk(List<Chunk> chunks, String[] lines, int from, int to) {
        int firstContent = -1;
        for (int i = from; i < to; i++) {
            String t = lines[i].strip();
            if (t.isEmpty() || t.startsWith("#") || t.equals("---") || t.startsWith("%")) continue;
            firstContent = i;
            break;
        }
        if (firstContent < 0) return;
        StringBuilder sb = new StringBuilder();
        for (int i = from; i < to; i++) sb.append(lines[i]).append('\n');
        chunks.add(new Chunk(from, sb.toString(), firstContent + 1, to - from));
    }

    private Raw readOne(int index, Chunk chunk, Budget budget) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setAllowDuplicateKeys(true);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes() + 1024));
        Node node;
        ChunkLines marks = new ChunkLines(chunk);
        try {
            Parser parser = new Counting(new ParserImpl(new StreamReader(new StringReader(chunk.text())), options), budget, marks);
            node = new Composer(parser, new Resolver(), options).getSingleNode();
        } catch (LimitException e) {
            return new Raw(index, chunk.firstContentLine(), null, e.problem, chunk.offset(), chunk.lineCount());
        } catch (MarkedYAMLException e) {
            boolean unclosed = e.getContext() != null && e.getContext().contains("quoted scalar")
                    && e.getContextMark() != null;
            // an unclosed quote is noticed at the end of the file; point at where it was opened
            Mark mark = unclosed || e.getProblemMark() == null ? e.getContextMark() : e.getProblemMark();
            Position at = mark == null ? new Position(chunk.firstContentLine(), 1) : marks.at(mark);
            return new Raw(index, chunk.firstContentLine(), null, syntax(e, at), chunk.offset(), chunk.lineCount());
        } catch (YAMLException e) {
            return new Raw(index, chunk.firstContentLine(), null, limitOrSyntax(e, chunk), chunk.offset(), chunk.lineCount());
        } catch (StackOverflowError e) {
            return new Raw(index, chunk.firstContentLine(), null, tooDeep(new Position(chunk.firstContentLine(), 1)), chunk.offset(), chunk.lineCount());
        }
        if (node == null) {
            return new Raw(index, chunk.firstContentLine(), null, null, chunk.offset(), chunk.lineCount());
        }
        try {
            Converter c = new Converter(marks, chunk.text().split("\n", -1));
            return new Raw(index, chunk.firstContentLine(), c.convert(node, 0), null, chunk.offset(), chunk.lineCount());
        } catch (LimitException e) {
            return new Raw(index, chunk.firstContentLine(), null, e.problem, chunk.offset(), chunk.lineCount());
        }
    }

    private static Problem syntax(MarkedYAMLException e, Position at) {
        if (e.getContext() != null && e.getContext().contains("quoted scalar")) {
            return new Problem(InputRule.YAML_SYNTAX, at, "",
                    "This is not valid YAML: the quoted text that starts here is never closed.",
                    "Add the closing quote at the end of the text.");
        }
        String problem = e.getProblem() != null ? e.getProblem() : e.getMessage();
        String context = e.getContext() != null ? e.getContext() + ": " : "";
        String hint = hintFor(problem);
        return new Problem(InputRule.YAML_SYNTAX, at, "",
                "This is not valid YAML: " + context + problem + ".",
                hint);
    }

    private static String hintFor(String problem) {
        String p = problem == null ? "" : problem.toLowerCase();
        if (p.contains("tab")) return "Indent with spaces, not tabs.";
        if (p.contains("mapping values are not allowed")) {
            return "Put text containing ': ' in quotes, e.g. caption: \"Ad: my routine\".";
        }
        if (p.contains("quote") || p.contains("end of the stream")) {
            return "Close the quote that was opened, or remove it.";
        }
        return "Check the indentation and punctuation around this line (a colon and a space after each field name).";
    }

    private Problem limitOrSyntax(YAMLException e, Chunk chunk) {
        String msg = e.getMessage() == null ? "" : e.getMessage();
        Position at = new Position(chunk.firstContentLine(), 1);
        if (msg.contains("aliases")) {
            return new Problem(InputRule.LIMIT_EXCEEDED, at, "",
                    "This document uses more than " + limits.maxAliases()
                            + " aliases (*name) for lists or sections, the pattern of a 'YAML bomb'; it was not read.",
                    "Write the values out instead of repeating them with anchors and aliases.");
        }
        if (msg.contains("Nesting Depth") || msg.contains("nesting")) {
            return tooDeep(at);
        }
        if (msg.contains("code points")) {
            return new Problem(InputRule.LIMIT_EXCEEDED, at, "",
                    "This document is larger than " + limits.maxFileBytes() + " bytes; it was not read.",
                    "Split it into smaller files.");
        }
        return new Problem(InputRule.YAML_SYNTAX, at, "", "This is not valid YAML: " + msg + ".",
                "Check the indentation and punctuation of this document.");
    }

    private Problem tooDeep(Position at) {
        return new Problem(InputRule.LIMIT_EXCEEDED, at, "",
                "This document is nested more than " + limits.maxDepth() + " levels deep; it was not read.",
                "Briefs and posts need only a few levels; flatten the structure.");
    }

    private static final class LimitException extends RuntimeException {
        final Problem problem;

        LimitException(Problem problem) {
            super(null, null, false, false);
            this.problem = problem;
        }
    }

    /** SnakeYAML nodes to YNodes, expanding aliases while counting values against the limits. */
    private final class Converter {
        private final ChunkLines marks;
        private final String[] lines;
        private int nodes;

        Converter(ChunkLines marks, String[] lines) {
            this.marks = marks;
            this.lines = lines;
        }

        /** Where the characters of a text value are, when they map one to one onto the file; else null. */
        private TextLayout layout(ScalarNode s) {
            if (s.getStartMark() == null || s.getEndMark() == null) return null;
            Position start = marks.at(s.getStartMark());
            Position end = marks.at(s.getEndMark());
            String v = s.getValue();
            boolean oneLine = start.line() == end.line() && v.indexOf('\n') < 0;
            switch (s.getScalarStyle()) {
                case PLAIN:
                    return oneLine && end.column() - start.column() == v.codePointCount(0, v.length())
                            ? new TextLayout(start, 1, v) : null;
                case SINGLE_QUOTED:
                case DOUBLE_QUOTED:
                    boolean verbatim = oneLine && end.column() - start.column() - 2 == v.codePointCount(0, v.length());
                    return verbatim ? new TextLayout(new Position(start.line(), start.column() + 1), 1, v) : null;
                case LITERAL:
                    int first = start.line() - marks.lineOffset;
                    for (int i = first; i < lines.length; i++) {
                        if (lines[i].isBlank()) continue;
                        int indent = 0;
                        while (indent < lines[i].length() && lines[i].charAt(indent) == ' ') indent++;
                        return new TextLayout(new Position(start.line() + 1, indent + 1), indent + 1, v);
                    }
                    return null;
                default:
                    return null;
            }
        }

        private Position at(Node n) {
            Mark m = n.getStartMark();
            return m == null ? Position.START : marks.at(m);
        }

        YNode convert(Node n, int depth) {
            if (depth > limits.maxDepth()) throw new LimitException(tooDeep(at(n)));
            if (++nodes > limits.maxNodes()) {
                throw new LimitException(new Problem(InputRule.LIMIT_EXCEEDED, at(n), "",
                        "This document expands to more than " + limits.maxNodes()
                                + " values (through anchors and aliases, a 'YAML bomb'); it was not read.",
                        "Write the values out instead of repeating them with anchors and aliases."));
            }
            if (n instanceof ScalarNode s) {
                return new YNode.Scalar(s.getValue(), typeOf(s), at(n), layout(s));
            }
            if (n instanceof SequenceNode seq) {
                List<YNode> items = new ArrayList<>(seq.getValue().size());
                for (Node item : seq.getValue()) items.add(convert(item, depth + 1));
                return new YNode.Seq(items, at(n));
            }
            MappingNode map = (MappingNode) n;
            LinkedHashMap<String, YNode.Entry> entries = new LinkedHashMap<>();
            List<YNode.Entry> duplicates = new ArrayList<>();
            List<NodeTuple> merges = new ArrayList<>();
            for (NodeTuple t : map.getValue()) {
                Node k = t.getKeyNode();
                if (Tag.MERGE.equals(k.getTag())) {
                    merges.add(t);
                    continue;
                }
                String key = k instanceof ScalarNode ks ? ks.getValue() : "?";
                YNode value = convert(t.getValueNode(), depth + 1);
                YNode.Entry entry = new YNode.Entry(key, at(k), value);
                if (entries.containsKey(key)) {
                    duplicates.add(entry);
                } else {
                    entries.put(key, entry);
                }
            }
            for (NodeTuple t : merges) {
                YNode merged = convert(t.getValueNode(), depth + 1);
                List<YNode> sources = merged instanceof YNode.Seq s ? s.items() : List.of(merged);
                for (YNode src : sources) {
                    if (src instanceof YNode.Mapping m) {
                        m.entries().forEach(entries::putIfAbsent);
                    }
                }
            }
            return new YNode.Mapping(entries, duplicates, at(n));
        }

        private String typeOf(ScalarNode s) {
            Tag tag = s.getTag();
            if (Tag.INT.equals(tag)) return "int";
            if (Tag.FLOAT.equals(tag)) return "float";
            if (Tag.BOOL.equals(tag)) return "bool";
            if (Tag.NULL.equals(tag)) return "null";
            if (Tag.TIMESTAMP.equals(tag)) return "timestamp";
            return "str";
        }
    }
}
