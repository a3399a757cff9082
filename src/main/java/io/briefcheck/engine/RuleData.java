package io.briefcheck.engine;

import io.briefcheck.core.RuleLoadException;
import io.briefcheck.model.Nfkc;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The numbers and word lists rules compare against, read from each rule folder's {@code data/*.yaml}.
 * A file's name is its namespace ({@code data/text.yaml} key {@code placeholders} is
 * {@code text.placeholders}); a later folder's file of the same name overrides key by key, so a user
 * changes a threshold without touching Java or DRL. Read-only once built; shared by all sessions
 * as the DRL global {@code data}.
 */
public final class RuleData {

    private final Map<String, Object> root;
    private final Set<String> placeholders;
    /**
     * What the rules asked for, by path: the data is read-only, and rules ask for the same few paths for every
     * document. Some paths hold a value of the input ({@code disclosure.market_aliases.} and a market code as
     * written), so only the first {@value #PATHS_REMEMBERED} are remembered: a server is asked for ever new ones.
     */
    private final Map<String, Object> byPath = new java.util.concurrent.ConcurrentHashMap<>();
    static final int PATHS_REMEMBERED = 4_096;
    private final Map<String, List<String>> words = new java.util.concurrent.ConcurrentHashMap<>();
    private final Map<String, Set<String>> normalisedWords = new java.util.concurrent.ConcurrentHashMap<>();
    /** A path with no value, remembered (a concurrent map holds no null). */
    private static final Object ABSENT = new Object();

    private RuleData(Map<String, Object> root) {
        this.root = root;
        Set<String> p = new HashSet<>();
        for (String s : wordsOrEmpty("text.placeholders")) p.add(normalise(s));
        this.placeholders = Collections.unmodifiableSet(p);
    }

    /** Data read back from the build's snapshot, with the placeholders the build normalised. */
    private RuleData(Map<String, Object> root, Set<String> placeholders) {
        this.root = root;
        this.placeholders = Collections.unmodifiableSet(placeholders);
    }

    /** The data of the folders, later ones overriding earlier ones key by key; YAML errors stop it. */
    public static RuleData load(List<RuleFolder> folders) throws RuleLoadException {
        return load(folders, DataSchema.NONE);
    }

    /** The same, with the merged data checked against {@code schema}; every problem is reported at once. */
    static RuleData load(List<RuleFolder> folders, DataSchema schema) throws RuleLoadException {
        Map<String, DataNode> namespaces = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        for (int layer = 0; layer < folders.size(); layer++) {
            for (RuleFile f : folders.get(layer).dataFiles()) {
                String name = f.relativePath().substring("data/".length()).replaceAll("\\.ya?ml$", "").replace('/', '.');
                DataNode read = DataFileReader.read(f, layer, problems);
                if (read != null) namespaces.merge(name, read, DataNode::merge);
            }
        }
        problems.addAll(schema.check(namespaces, folders));
        if (!problems.isEmpty()) throw new RuleLoadException(problems);
        Map<String, Object> root = new LinkedHashMap<>();
        namespaces.forEach((name, data) -> root.put(name, data.plain()));
        return new RuleData(root);
    }

    /** The bundled data as the build read and checked it, written beside the rule files (see {@link #bundledSnapshot()}). */
    static final String SNAPSHOT = "data.bin";

    /**
     * The bundled data alone, from the snapshot the build wrote into the jar ({@link Snapshot}): reading the
     * YAML files with their positions costs a one-file check about 0.1 s. Null outside a jar (a classes
     * folder may hold data edited since the build: it is read from its files) or when the snapshot cannot be read.
     */
    static RuleData bundledSnapshot() {
        java.net.URL url = RuleData.class.getClassLoader().getResource(RuleFolder.BUNDLED + "/" + SNAPSHOT);
        if (url == null || !BundledFolder.packaged()) return null;
        try (java.io.InputStream in = url.openStream()) {
            return readSnapshot(in);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * A snapshot written by {@link #writeSnapshot}: the data, then its placeholders normalised (the build does the
     * NFKC, as the first normalisation loads Java's Unicode tables: about 10 ms of a one-file check).
     */
    @SuppressWarnings("unchecked")
    static RuleData readSnapshot(java.io.InputStream bytes) throws java.io.IOException {
        java.io.DataInputStream in = new java.io.DataInputStream(new java.io.BufferedInputStream(bytes));
        Map<String, Object> root = (Map<String, Object>) Snapshot.read(in);
        return new RuleData(root, new HashSet<>((List<String>) Snapshot.read(in)));
    }

    /** Build step: reads and checks the bundled data under {@code classes} and writes its snapshot there. */
    static void writeSnapshot(java.nio.file.Path classes) throws java.io.IOException, RuleLoadException {
        java.nio.file.Path folder = classes.resolve(RuleFolder.BUNDLED);
        RuleData data = load(List.of(RuleFolder.of(folder)), DataSchema.bundled());
        try (java.io.DataOutputStream out = new java.io.DataOutputStream(new java.io.BufferedOutputStream(
                java.nio.file.Files.newOutputStream(folder.resolve(SNAPSHOT))))) {
            Snapshot.write(data.root, out);
            Snapshot.write(List.copyOf(new java.util.TreeSet<>(data.placeholders)), out);
        }
    }

    /** The value at a dotted path ({@code text.placeholders}), or null. */
    public Object get(String path) {
        Object found = byPath.get(path);
        if (found != null) return found == ABSENT ? null : found;
        Object node = root;
        for (String part : path.split("\\.")) {
            if (!(node instanceof Map<?, ?> m)) {
                node = null;
                break;
            }
            node = m.get(part);
        }
        if (byPath.size() < PATHS_REMEMBERED) byPath.put(path, node == null ? ABSENT : node);
        return node;
    }

    /** Every namespace's data, read-only (for tools that show the data, such as the web page). */
    public Map<String, Object> all() {
        return Collections.unmodifiableMap(root);
    }

    /** A number from the data; a missing or non-numeric value is a broken rule set, said plainly. */
    public double number(String path) {
        Object v = get(path);
        if (v instanceof Number n) return n.doubleValue();
        throw new IllegalStateException("rules/data has no number at '" + path + "'");
    }

    public List<String> strings(String path) {
        Object v = get(path);
        if (v instanceof List<?> l) return l.stream().map(String::valueOf).toList();
        throw new IllegalStateException("rules/data has no list at '" + path + "'");
    }

    /**
     * A word list that may be kept per language ({@code {en: [...], nl: [...]}}): every language's words
     * together, since a brief does not say its language. A plain list is returned as it is.
     */
    public List<String> words(String path) {
        return words.computeIfAbsent(path, this::readWords);
    }

    private List<String> readWords(String path) {
        Object v = get(path);
        if (v instanceof List<?>) return strings(path);
        if (v instanceof Map<?, ?> byLanguage) {
            List<String> out = new ArrayList<>();
            for (Object list : byLanguage.values()) {
                if (list instanceof List<?> l) l.forEach(w -> out.add(String.valueOf(w)));
            }
            return List.copyOf(out);
        }
        throw new IllegalStateException("rules/data has no word list at '" + path + "'");
    }

    private List<String> wordsOrEmpty(String path) {
        return get(path) == null ? List.of() : words(path);
    }

    /**
     * True when a piece of text says nothing: absent, blank, or only a placeholder such as "tbd" or
     * "see attached" (the list is {@code text.placeholders}). Such a field counts as missing.
     */
    public boolean blank(String text) {
        if (text == null) return true;
        String n = normalise(text);
        return n.isEmpty() || placeholders.contains(n);
    }

    /**
     * True when the text, compared as placeholders are (case, outer punctuation and spaces do not
     * count), is one of the words at {@code path} (a list, or lists per language).
     */
    public boolean isOneOf(String text, String path) {
        if (text == null) return false;
        return normalisedWords.computeIfAbsent(path, k -> {
            Set<String> out = new HashSet<>();
            for (String w : words(k)) out.add(normalise(w));
            return Set.copyOf(out);
        }).contains(normalise(text));
    }

    /** How many paths {@link #get} remembers (tests). */
    int pathsRemembered() {
        return byPath.size();
    }

    /** True when a list is empty or every entry in it is {@link #blank(String)}. */
    public boolean blank(List<String> texts) {
        if (texts == null) return true;
        for (String t : texts) if (!blank(t)) return false;
        return true;
    }

    private static final java.util.regex.Pattern EDGES = java.util.regex.Pattern.compile("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    static String normalise(String text) {
        String t = Nfkc.of(text).toLowerCase(Locale.ROOT).strip();
        return SPACES.matcher(EDGES.matcher(t).replaceAll("")).replaceAll(" ");
    }
}
