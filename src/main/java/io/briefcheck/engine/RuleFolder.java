package io.briefcheck.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
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

    /** The rules shipped with briefcheck. Reported as rules/... like in the repository. */
    public static RuleFolder bundled() {
        try {
            Path root = BundledFolder.locate(BUNDLED);
            if (root == null) throw new IllegalStateException("the bundled rules are missing from the jar");
            return read(root, "rules");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled rules", e);
        }
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
                String name = p.getFileName().toString();
                boolean isData = rel.startsWith("data/") && (name.endsWith(".yaml") || name.endsWith(".yml"));
                if (!name.endsWith(".drl") && !isData) continue;
                RuleFile f = new RuleFile(display + "/" + rel, rel, Files.readString(p, StandardCharsets.UTF_8));
                (isData ? data : drl).add(f);
            }
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new RuleFolder(List.copyOf(drl), List.copyOf(data));
    }
}
