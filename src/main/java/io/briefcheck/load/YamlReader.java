package io.briefcheck.load;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

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
        for (Chunk chunk : split(text)) {
            out.add(readOne(out.size(), chunk));
        }
        return out;
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

    private Raw readOne(int index, Chunk chunk) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(limits.maxAliases());
        options.setNestingDepthLimit(limits.maxDepth());
        options.setAllowDuplicateKeys(true);
        options.setCodePointLimit((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes() + 1024));
        Node node;
        try {
            node = new Yaml(options).compose(new StringReader(chunk.text()));
        } catch (MarkedYAMLException e) {
            boolean unclosed = e.getContext() != null && e.getContext().contains("quoted scalar")
                    && e.getContextMark() != null;
            // an unclosed quote is noticed at the end of the file; point at where it was opened
            Mark mark = unclosed || e.getProblemMark() == null ? e.getContextMark() : e.getProblemMark();
            Position at = mark == null ? new Position(chunk.firstContentLine(), 1)
                    : new Position(chunk.offset() + mark.getLine() + 1, mark.getColumn() + 1);
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
            Converter c = new Converter(chunk.offset(), chunk.text().split("\n", -1));
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
        private final int lineOffset;
        private final String[] lines;
        private int nodes;

        Converter(int lineOffset, String[] lines) {
            this.lineOffset = lineOffset;
            this.lines = lines;
        }

        /** Where the characters of a text value are, when they map one to one onto the file; else null. */
        private TextLayout layout(ScalarNode s) {
            Mark start = s.getStartMark();
            Mark end = s.getEndMark();
            if (start == null || end == null) return null;
            int line = lineOffset + start.getLine() + 1;
            String v = s.getValue();
            switch (s.getScalarStyle()) {
                case PLAIN:
                    return start.getLine() == end.getLine() ? new TextLayout(new Position(line, start.getColumn() + 1), 1, v) : null;
                case SINGLE_QUOTED:
                case DOUBLE_QUOTED:
                    boolean verbatim = start.getLine() == end.getLine()
                            && end.getColumn() - start.getColumn() - 2 == v.codePointCount(0, v.length());
                    return verbatim ? new TextLayout(new Position(line, start.getColumn() + 2), 1, v) : null;
                case LITERAL:
                    for (int i = start.getLine() + 1; i < lines.length; i++) {
                        if (lines[i].isBlank()) continue;
                        int indent = 0;
                        while (indent < lines[i].length() && lines[i].charAt(indent) == ' ') indent++;
                        return new TextLayout(new Position(lineOffset + start.getLine() + 2, indent + 1), indent + 1, v);
                    }
                    return null;
                default:
                    return null;
            }
        }

        private Position at(Node n) {
            Mark m = n.getStartMark();
            return m == null ? Position.START : new Position(lineOffset + m.getLine() + 1, m.getColumn() + 1);
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
