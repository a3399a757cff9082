package io.briefcheck.check;

import io.briefcheck.load.Document;
import io.briefcheck.load.Loader;
import io.briefcheck.model.Kind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds the briefs and posts a run names but was not given, in the project's other YAML files, so a post
 * staged alone (pre-commit) is still checked against its brief ({@link StreamingCheck#withLookup}).
 * <p>
 * The project is the folder of the {@code .briefcheck.yaml} in use, else the nearest folder at or above the
 * working directory that holds {@code .git} ({@link #root}). Its {@code *.yaml} and {@code *.yml} files are
 * walked in name order, skipping folders whose name starts with '.', {@code target/} and {@code node_modules/},
 * links, files over the loader's size limit, the files already given and those the config's {@code ignore:} leaves out. A file is read only when its
 * text contains a missing id, and returned when one of its documents is a brief or post of that id (the first
 * file found for an id wins).
 */
public final class ProjectLookup implements StreamingCheck.Lookup {
    private static final Set<String> SKIPPED = Set.of("target", "node_modules");

    private final Path root;
    private final Set<Path> given;
    private final Predicate<String> ignored;
    private final Loader loader;
    private final Path workingDirectory = Path.of("").toAbsolutePath();
    private List<Path> files;
    private final Set<Path> returned = new HashSet<>();

    /**
     * {@code given}: the files of the run (any form: they are compared by real path); {@code ignored}: true for a
     * file name (as reported, relative to the working directory) that the configuration leaves out.
     */
    public ProjectLookup(Path root, List<Path> given, Predicate<String> ignored, Loader loader) {
        this.root = root;
        this.given = new HashSet<>();
        for (Path p : given) this.given.add(real(p));
        this.ignored = ignored;
        this.loader = loader;
    }

    /** The project of a run: the folder of {@code config} when there is one, else the nearest with .git; null when neither. */
    public static Path root(Path config) {
        if (config != null) return config.toAbsolutePath().normalize().getParent();
        for (Path dir = Path.of("").toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) return dir;
        }
        return null;
    }

    @Override
    public List<StreamingCheck.Context> find(Set<String> briefs, Set<String> posts) {
        Set<String> wantedBriefs = new HashSet<>(briefs);
        Set<String> wantedPosts = new HashSet<>(posts);
        List<StreamingCheck.Context> out = new ArrayList<>();
        for (Path file : files()) {
            if (wantedBriefs.isEmpty() && wantedPosts.isEmpty()) break;
            if (returned.contains(file) || !mentions(file, wantedBriefs, wantedPosts)) continue;
            String display = display(file);
            boolean defines = false;
            for (Document d : loader.loadFile(file, display)) {
                if (d.fact() == null || d.id() == null) continue;
                if (d.kind() == Kind.BRIEF && wantedBriefs.remove(d.id()) || d.kind() == Kind.POST && wantedPosts.remove(d.id())) {
                    defines = true;
                }
            }
            if (defines) {
                returned.add(file);
                out.add(new StreamingCheck.Context(display, () -> loader.loadFile(file, display)));
            }
        }
        return out;
    }

    /** The project's YAML files that may be looked in, walked once. */
    private List<Path> files() {
        if (files != null) return files;
        List<Path> found = new ArrayList<>();
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    if (dir.equals(root)) return FileVisitResult.CONTINUE;
                    String name = dir.getFileName().toString();
                    return name.startsWith(".") || SKIPPED.contains(name) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
                    if (attrs.isRegularFile() && attrs.size() <= loader.limits().maxFileBytes() && !name.startsWith(".")
                            && (name.endsWith(".yaml") || name.endsWith(".yml"))
                            && !given.contains(real(file)) && !ignored.test(display(file))) {
                        found.add(file);
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            // a project that cannot be walked is looked in no further: the references stay unresolved
        }
        found.sort(null);
        files = found;
        return files;
    }

    /** Cheap first test: the file's text contains one of the ids (most files are never parsed). */
    private static boolean mentions(Path file, Set<String> briefs, Set<String> posts) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            return false;
        }
        for (String id : briefs) if (text.contains(id)) return true;
        for (String id : posts) if (text.contains(id)) return true;
        return false;
    }

    /** The file's name relative to the working directory when it is below it, with '/'. */
    private String display(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path shown = abs.startsWith(workingDirectory) ? workingDirectory.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p.toAbsolutePath().normalize();
        }
    }
}
