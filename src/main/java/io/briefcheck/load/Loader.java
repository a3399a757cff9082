package io.briefcheck.load;

import io.briefcheck.model.Brief;
import io.briefcheck.model.Influencer;
import io.briefcheck.model.Kind;
import io.briefcheck.model.Located;
import io.briefcheck.model.Post;
import io.briefcheck.model.Results;
import io.briefcheck.model.Source;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads input files into {@link Document}s: one per YAML document, each with its typed fact or the
 * problems that kept it from being read. Nothing given to the loader is dropped: a file that cannot
 * be read still yields a document, with an error.
 */
public final class Loader {

    private static final Map<Kind, Class<? extends Located>> TYPES = Map.of(
            Kind.BRIEF, Brief.class, Kind.POST, Post.class,
            Kind.INFLUENCER, Influencer.class, Kind.RESULTS, Results.class);

    private final Limits limits;
    private final YamlReader reader;

    /** The limits this loader reads files within. */
    public Limits limits() {
        return limits;
    }

    public Loader(Limits limits) {
        this.limits = limits;
        this.reader = new YamlReader(limits);
    }

    public Loader() {
        this(Limits.DEFAULT);
    }

    /** The YAML files a path stands for: itself, or every *.yaml / *.yml below a directory (see {@link InputFiles}). */
    public static List<Path> expand(Path path) throws IOException {
        return new InputFiles(false).expand(path.toString(), path).entries().stream()
                .filter(e -> e.problem() == null).map(InputFiles.Entry::file).toList();
    }

    /**
     * Reads one file; {@code display} is the name reports use for it. Only a regular file is opened,
     * decided from its attributes first: a pipe or a device (/dev/zero) could block or never end.
     */
    public List<Document> loadFile(Path file, String display) {
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (!attributes.isRegularFile()) {
                return List.of(Document.unreadable(display, 0, Position.START, InputFiles.notRegular(attributes)));
            }
            if (attributes.size() > limits.maxFileBytes()) return List.of(tooLarge(display, "This file is " + attributes.size() + " bytes,"));
            try (InputStream in = Files.newInputStream(file)) {
                return loadStream(display, in, new Attachments(file.toAbsolutePath().getParent(), null));
            }
        } catch (IOException e) {
            return List.of(Document.unreadable(display, 0, Position.START, InputFiles.cannotRead(e, "file")));
        }
    }

    private Document tooLarge(String display, String what) {
        return Document.unreadable(display, 0, Position.START, new Problem(InputRule.LIMIT_EXCEEDED,
                Position.START, "", what + " over the limit of " + limits.maxFileBytes()
                + " bytes; it was not read.", "Split it into smaller files."));
    }

    /** Reads a whole stream (stdin), with the same limits as a file. */
    public List<Document> loadStream(String display, InputStream in) throws IOException {
        return loadStream(display, in, Attachments.NONE);
    }

    private List<Document> loadStream(String display, InputStream in, Attachments attachments) throws IOException {
        // never more than the limit allows, even from a file that grows while it is read
        byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxFileBytes() + 1));
        if (bytes.length > limits.maxFileBytes()) return List.of(tooLarge(display, "This input is"));
        return loadBytes(display, bytes, attachments);
    }

    public List<Document> loadBytes(String display, byte[] bytes) {
        return loadBytes(display, bytes, Attachments.NONE);
    }

    /**
     * Reads text sent without a file (the server), whose attachments were saved in {@code folder}: the
     * files it names are read from there and from nowhere else.
     */
    public List<Document> loadBytes(String display, byte[] bytes, Path folder) {
        return loadBytes(display, bytes, new Attachments(folder, folder));
    }

    private List<Document> loadBytes(String display, byte[] bytes, Attachments attachments) {
        Utf8.Decoded decoded = Utf8.decode(bytes);
        Position nul = decoded.firstNul();
        if (nul != null) {
            return List.of(Document.unreadable(display, 0, Position.START, new Problem(InputRule.YAML_SYNTAX,
                    nul, "", "This file holds binary data (a zero byte), so it is not YAML text.",
                    "Check that this is the file you meant; save briefs and posts as plain UTF-8 text.")));
        }
        return loadText(display, decoded.text(), decoded.bad(), attachments);
    }

    public List<Document> loadText(String display, String text) {
        return loadText(display, text, List.of(), Attachments.NONE);
    }

    /** Reads decoded text; a document holding one of the {@code bad} bytes is reported at it instead of read. */
    private List<Document> loadText(String display, String text, List<Utf8.BadByte> bad, Attachments attachments) {
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        List<YamlReader.Raw> raws = reader.read(text);
        if (raws.isEmpty()) {
            return List.of(Document.unreadable(display, 0, Position.START, new Problem(InputRule.UNKNOWN_KIND,
                    Position.START, "", "This file holds no YAML document (it is empty or only comments).",
                    "Start the file with 'kind: brief' (or post, influencer, results); "
                            + "'briefcheck init brief' prints a template.")));
        }
        List<String> fileLines = List.of(text.split("\r\n|\n|\r", -1));
        List<Document> out = new ArrayList<>(raws.size());
        for (YamlReader.Raw raw : raws) {
            Utf8.BadByte badByte = badByteIn(raw, bad);
            // positions are kept for a document read as a section of fields; the text of every value for any
            boolean read = badByte == null && raw.problem() == null && raw.root() instanceof YNode.Mapping;
            Fields fields = raw.root() == null ? Fields.NONE : Fields.of(raw.root(), read);
            Document doc = badByte == null ? toDocument(display, raw, attachments, read ? fields : Fields.NONE)
                    : Document.unreadable(display, raw.index(), new Position(raw.firstLine(), 1), notUtf8(badByte));
            int to = Math.min(fileLines.size(), raw.offset() + raw.lineCount());
            doc.attachText(raw.offset() + 1, fileLines.subList(Math.min(raw.offset(), to), to), fields);
            out.add(doc);
        }
        return out;
    }

    /** The first byte that is not UTF-8 on the lines of this document, or null. */
    private static Utf8.BadByte badByteIn(YamlReader.Raw raw, List<Utf8.BadByte> bad) {
        for (Utf8.BadByte b : bad) {
            int line = b.at().line();
            if (line > raw.offset() && line <= raw.offset() + raw.lineCount()) return b;
        }
        return null;
    }

    private static Problem notUtf8(Utf8.BadByte b) {
        return new Problem(InputRule.YAML_SYNTAX, b.at(), "", String.format(Locale.ROOT,
                "The byte 0x%02X here is not UTF-8 text: the file was probably saved in another encoding "
                        + "(such as Windows-1252 or Latin-1), so this document was not read.", b.value()),
                "Save the file as UTF-8 (most editors offer it under 'Save with encoding'), or retype the character here.");
    }

    private Document toDocument(String file, YamlReader.Raw raw, Attachments attachments, Fields fields) {
        Position start = new Position(raw.firstLine(), 1);
        if (raw.problem() != null) return Document.unreadable(file, raw.index(), start, raw.problem());
        if (!(raw.root() instanceof YNode.Mapping root)) {
            Position at = raw.root() == null ? start : raw.root().at();
            return Document.unreadable(file, raw.index(), start, new Problem(InputRule.UNKNOWN_KIND, at, "",
                    "This document is " + (raw.root() == null ? "empty" : raw.root().describe())
                            + ", not a brief, post, influencer or results document.",
                    "Start the document with 'kind: brief' (or post, influencer, results) followed by its fields."));
        }
        start = root.at();

        Kind kind = kindOf(root);
        if (kind == null) {
            return new Document(file, raw.index(), start, null, null, null, fields,
                    List.of(unknownKind(root)));
        }
        List<Problem> problems = new ArrayList<>();
        Source source = new Source(file, raw.index(), "");
        SubtitleTranscripts subtitles = new SubtitleTranscripts(limits, problems);
        Located fact = new Binder(problems, attachments, subtitles).bind(TYPES.get(kind), root, source, Set.of("kind"));
        Document doc = new Document(file, raw.index(), start, kind, idOf(fact), fact, fields, List.of());
        doc.setBorrowed(subtitles.borrowed());
        if (fact instanceof Results r) problems.addAll(impossible(r, doc));
        for (Problem p : problems) {
            // an absent field has no position of its own: point at the section that should hold it
            doc.addProblem(p.rule() == InputRule.MISSING_FIELD
                    ? new Problem(p.rule(), doc.positionOf(p.path()), p.path(), p.message(), p.fix()) : p);
        }
        return doc;
    }

    /**
     * Figures of a results document that cannot all be true: an account likes or saves a post once, and
     * only after it saw it, so likes and saves are at most the reach; reach counts accounts, impressions
     * every view, so reach is at most the impressions.
     */
    private static List<Problem> impossible(Results r, Document doc) {
        List<Problem> out = new ArrayList<>();
        if (r.reach() != null) {
            atMost(out, doc, "likes", r.likes(), "reach", r.reach(), "each like comes from an account the post reached");
            atMost(out, doc, "saves", r.saves(), "reach", r.reach(), "each save comes from an account the post reached");
        }
        if (r.impressions() != null) {
            atMost(out, doc, "reach", r.reach(), "impressions", r.impressions(), "every account reached saw it at least once");
        }
        return out;
    }

    private static void atMost(List<Problem> out, Document doc, String field, Long value, String bound, long limit, String why) {
        if (value == null || value <= limit) return;
        out.add(new Problem(InputRule.INVALID_VALUE, doc.positionOf(field), field,
                "'" + field + "' is " + value + ", more than the " + bound + " of " + limit + ", which cannot be: " + why + ".",
                "Copy both figures again from the platform's insights for this post (reach counts accounts, impressions views)."));
    }

    private static Kind kindOf(YNode.Mapping root) {
        return root.get("kind") instanceof YNode.Scalar s ? kindNamed(s.text()) : null;
    }

    /** The kind a document's {@code kind:} names, or null. */
    static Kind kindNamed(String text) {
        String code = text.strip().toLowerCase(Locale.ROOT);
        for (Kind k : Kind.values()) {
            if (k.code().equals(code)) return k;
        }
        return null;
    }

    /** The class a document of this kind is read into. */
    static Class<? extends Located> typeOf(Kind kind) {
        return TYPES.get(kind);
    }

    private static Problem unknownKind(YNode.Mapping root) {
        List<String> kinds = Arrays.stream(Kind.values()).map(Kind::code).toList();
        YNode.Entry entry = root.fields().get("kind");
        if (entry == null) {
            String guess = guessKind(root);
            return new Problem(InputRule.UNKNOWN_KIND, root.at(), "kind",
                    "This document has no 'kind:', so briefcheck cannot tell what to check"
                            + (guess != null ? " (it looks like a " + guess + ")" : "") + ".",
                    "Add 'kind: " + (guess != null ? guess : "brief") + "' as the first line (kinds: "
                            + String.join(", ", kinds) + ").");
        }
        String text = entry.value() instanceof YNode.Scalar s ? s.text() : entry.value().describe();
        String guess = Suggest.closest(text, kinds);
        return new Problem(InputRule.UNKNOWN_KIND, entry.value().at(), "kind",
                "'kind' is \"" + text + "\", which is not a kind briefcheck knows"
                        + (guess != null ? "; did you mean '" + guess + "'?" : "."),
                "Use one of: " + String.join(", ", kinds) + ".");
    }

    /** A helpful guess from telltale fields, for a document that forgot its kind. */
    private static String guessKind(YNode.Mapping root) {
        Map<String, YNode.Entry> f = root.fields();
        if (f.containsKey("caption")) return "post";
        if (f.containsKey("deliverables") || f.containsKey("campaign") || f.containsKey("brand")) return "brief";
        if (f.containsKey("reach") || f.containsKey("impressions")) return "results";
        if (f.containsKey("handle")) return "influencer";
        return null;
    }

    private static String idOf(Located fact) {
        if (fact instanceof Brief b) return b.id();
        if (fact instanceof Post p) return p.id();
        if (fact instanceof Influencer i) return i.handle();
        if (fact instanceof Results r) return r.post();
        return null;
    }
}
