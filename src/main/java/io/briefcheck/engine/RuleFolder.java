package io.briefcheck.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder of rules: {@code *.drl} files anywhere below it and data files in its {@code data/}
 * folder. The default one is {@code rules/} of the repository, packaged in the jar.
 */
public final class RuleFolder {

    /** Where the build puts the repository's rules/ inside the jar (see pom.xml). */
    static final String BUNDLED = "briefcheck-rules";

    private final List<RuleFile> drl;
    private final List<RuleFile> data;

    private RuleFolder(List<RuleFile> drl, List<RuleFile> data) {
        this.drl = drl;
        this.data = data;
    }

    public List<RuleFile> drlFiles() { return drl; }
    public List<RuleFile> dataFiles() { return data; }

    /**
     * The rules shipped with briefcheck. Reported as rules/... like in the repository. From the jar they
     * are read by the list the build wrote ({@value #LIST}): opening the jar as a file system to walk it
     * costs a one-file check 0.1 to 0.3 s.
     */
    public static RuleFolder bundled() {
        try {
            RuleFolder listed = listed();
            if (listed != null) return listed;
            Path root = BundledFolder.locate(BUNDLED);
            if (root == null) throw new IllegalStateException("the bundled rules are missing from the jar");
            return read(root, "rules");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled rules", e);
        }
    }

    /** The bundled folder's list of files, written by the build into the jar beside them. */
    static final String LIST = "files.list";

    private static RuleFolder listed() throws IOException {
        ClassLoader loader = RuleFolder.class.getClassLoader();
        URL list = loader.getResource(BUNDLED + "/" + LIST);
        // a classes folder (tests, an IDE) may have rules added since the build: it is walked instead
        if (list == null || !BundledFolder.packaged()) return null;
        List<RuleFile> drl = new ArrayList<>();
        List<RuleFile> data = new ArrayList<>();
        try (InputStream in = list.openStream()) {
            for (String rel : new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList()) {
                if (rel.isBlank()) continue;
                try (InputStream file = loader.getResourceAsStream(BUNDLED + "/" + rel)) {
                    if (file == null) return null;
                    RuleFile f = new RuleFile("rules/" + rel, rel, new String(file.readAllBytes(), StandardCharsets.UTF_8));
                    (isData(rel) ? data : drl).add(f);
                }
            }
        }
        return new RuleFolder(List.copyOf(drl), List.copyOf(data));
    }

    /** Build step: writes the list of the rule and data files of the bundled folder under {@code classes}. */
    static void writeList(Path classes) throws IOException {
        Path root = classes.resolve(BUNDLED);
        List<String> files = new ArrayList<>();
        RuleFolder folder = read(root, "rules");
        folder.drlFiles().forEach(f -> files.add(f.relativePath()));
        folder.dataFiles().forEach(f -> files.add(f.relativePath()));
        Files.write(root.resolve(LIST), files, StandardCharsets.UTF_8);
    }

    private static boolean isData(String rel) {
        return rel.startsWith("data/") && (rel.endsWith(".yaml") || rel.endsWith(".yml"));
    }

    /** A user's rule folder, reported by the path they gave. */
    public static RuleFolder of(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) throw new IOException("rule folder not found: " + dir);
        String display = dir.toString().replace('\\', '/');
        while (display.endsWith("/") && display.length() > 1) display = display.substring(0, display.length() - 1);
        return read(dir, display);
    }

    private static RuleFolder read(Path root, String display) throws IOException {
        List<RuleFile> drl = new ArrayList<>();
        List<RuleFile> data = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).sorted().toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                boolean isData = isData(rel);
                if (!rel.endsWith(".drl") && !isData) continue;
                RuleFile f = new RuleFile(display + "/" + rel, rel, Files.readString(p, StandardCharsets.UTF_8));
                (isData ? data : drl).add(f);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new RuleFolder(List.copyOf(drl), List.copyOf(data));
    }
}
