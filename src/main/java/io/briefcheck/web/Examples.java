package io.briefcheck.web;

import io.briefcheck.engine.BundledFolder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The example briefs of the repository's {@code briefs/} folder, packaged in the jar (see pom.xml)
 * and read once at start-up. Requests pick an example by name from this fixed list; nothing a request
 * sends ever reaches the file system. A folder of several files is also offered whole, as one
 * multi-document YAML text, so a campaign's brief, profiles, posts and results are checked together.
 */
final class Examples {

    static final String BUNDLED = "briefcheck-examples";

    /**
     * One example: its name ("spring-glow/brief.yaml", or "spring-glow/all" for the whole folder), and the
     * files its folder holds beside the YAML (a video's subtitles, a story's pictures) that its documents may
     * name, by file name: the page sends them with the example, as a user sends a draft's files.
     */
    record Example(String name, String title, String text, Map<String, byte[]> files) {
    }

    /** Largest file beside the examples that is offered with them. */
    private static final long MAX_ATTACHMENT_BYTES = 1024 * 1024;

    private final Map<String, Example> byName;

    private Examples(Map<String, Example> byName) {
        this.byName = byName;
    }

    static Examples bundled() {
        try {
            Path root = BundledFolder.locate(BUNDLED);
            return root == null ? new Examples(Map.of()) : read(root);
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("cannot read the bundled examples", e);
        }
    }

    private static Examples read(Path root) throws IOException {
        Map<String, String> files = new TreeMap<>();
        Map<String, Map<String, byte[]>> attachments = new TreeMap<>(); // by folder ("" or "drafts/"), then name
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String rel = root.relativize(p).toString().replace('\\', '/');
                if (rel.endsWith(".yaml") || rel.endsWith(".yml")) {
                    files.put(rel, Files.readString(p, StandardCharsets.UTF_8));
                } else if (Files.size(p) <= MAX_ATTACHMENT_BYTES && Uploads.plainName(p.getFileName().toString())) {
                    // only what the page can send back under the same name (not .DS_Store, say)
                    attachments.computeIfAbsent(rel.substring(0, rel.lastIndexOf('/') + 1), k -> new TreeMap<>())
                            .put(p.getFileName().toString(), Files.readAllBytes(p));
                }
            }
        }
        Map<String, List<String>> folders = new TreeMap<>();
        for (String rel : files.keySet()) {
            int slash = rel.lastIndexOf('/');
            if (slash > 0) folders.computeIfAbsent(rel.substring(0, slash + 1), k -> new ArrayList<>()).add(rel);
        }
        Map<String, Example> byName = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> folder : folders.entrySet()) {
            List<String> members = folder.getValue();
            if (members.size() > 1) {
                StringBuilder text = new StringBuilder();
                for (String rel : members) {
                    text.append("# ---- ").append(rel).append(" ----\n---\n").append(files.get(rel));
                    if (!files.get(rel).endsWith("\n")) text.append('\n');
                }
                String name = folder.getKey() + "all";
                byName.put(name, new Example(name, folder.getKey() + " (all " + members.size() + " files together)", text.toString(),
                        attachments.getOrDefault(folder.getKey(), Map.of())));
            }
            for (String rel : members) {
                byName.put(rel, new Example(rel, rel, files.get(rel), attachments.getOrDefault(folder.getKey(), Map.of())));
            }
        }
        for (String rel : files.keySet()) {
            byName.putIfAbsent(rel, new Example(rel, rel, files.get(rel), attachments.getOrDefault("", Map.of())));
        }
        return new Examples(byName);
    }

    List<Example> all() {
        return List.copyOf(byName.values());
    }

    Example get(String name) {
        return byName.get(name);
    }
}
