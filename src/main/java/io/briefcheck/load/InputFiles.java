package io.briefcheck.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The files a run's paths stand for, each once. A file given by name is read whatever it is called;
 * a folder stands for every {@code *.yaml} and {@code *.yml} below it, skipping names that start
 * with '.'. Only regular files are read: a pipe, a device or a socket is an entry with a problem,
 * decided from its attributes without opening it. A folder that cannot be listed is an entry with a
 * problem too, and the walk goes on. A link inside a folder that leads out of it is skipped with a
 * {@link #notes() note} unless links are to be followed; a file reached twice (given twice, or by
 * its folder and by name, or through a link) is read the first time only.
 */
public final class InputFiles {

    /**
     * What a path stands for: the entries not returned before, in order, and how many YAML files it
     * holds in all, repeats included (none: a folder without YAML files, which is a mistake in the call).
     */
    public record Found(List<Entry> entries, int files) {
    }

    /** One file to read, or, when {@code problem} is set, a path that could not be read. */
    public record Entry(Path file, String display, Problem problem) {
        /** Reads the file, or reports why it could not be. */
        public List<Document> load(Loader loader) {
            return problem == null ? loader.loadFile(file, display)
                    : List.of(Document.unreadable(display, 0, Position.START, problem));
        }
    }

    private final boolean followLinks;
    private final Set<Path> seen = new HashSet<>();
    private final List<String> notes = new ArrayList<>();

    /** {@code followLinks}: read what links in a folder lead to even outside it. */
    public InputFiles(boolean followLinks) {
        this.followLinks = followLinks;
    }

    /** What was skipped and why, for the user ("dir/x.yaml: a link to ... outside dir; skipped"). */
    public List<String> notes() {
        return List.copyOf(notes);
    }

    /** What {@code path}, written as {@code input}, stands for (it follows a link given by name). */
    public Found expand(String input, Path path) throws IOException {
        return expand(input, path, Integer.MAX_VALUE);
    }

    /** The same, but a folder's walk stops after more than {@code atMost} YAML files: a count above it means "more". */
    Found expand(String input, Path path, int atMost) throws IOException {
        BasicFileAttributes attributes = Files.readAttributes(path, BasicFileAttributes.class);
        if (!attributes.isDirectory()) {
            Problem problem = attributes.isRegularFile() ? null : notRegular(attributes);
            return new Found(firstTime(path) ? List.of(new Entry(path, input.replace('\\', '/'), problem)) : List.of(), 1);
        }
        List<Entry> found = new ArrayList<>();
        List<Entry> links = new ArrayList<>();
        Path root = path.toRealPath();
        Set<FileVisitOption> options = followLinks ? EnumSet.of(FileVisitOption.FOLLOW_LINKS) : EnumSet.noneOf(FileVisitOption.class);
        Files.walkFileTree(path, options, Integer.MAX_VALUE, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                return !dir.equals(path) && hidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                if (hidden(file)) return FileVisitResult.CONTINUE;
                if (attrs.isSymbolicLink()) {
                    link(file);
                } else if (isYaml(file)) {
                    add(file, attrs.isRegularFile() ? null : notRegular(attrs));
                }
                return found.size() + links.size() > atMost ? FileVisitResult.TERMINATE : FileVisitResult.CONTINUE;
            }

            /** A link, not followed: read what it leads to when that is inside the folder. */
            private void link(Path file) throws IOException {
                Path target;
                try {
                    target = file.toRealPath();
                } catch (IOException e) {
                    if (isYaml(file)) add(file, cannotRead(e, "file"));
                    return;
                }
                boolean folder = Files.isDirectory(target);
                if (!folder && !isYaml(file)) return;
                if (!target.startsWith(root)) {
                    notes.add(display(file) + ": a link to " + target + ", outside " + input + "; skipped"
                            + " (links are followed only inside the folder checked; name the target to check it).");
                } else if (!folder) {
                    BasicFileAttributes a = Files.readAttributes(target, BasicFileAttributes.class);
                    links.add(new Entry(file, display(file), a.isRegularFile() ? null : notRegular(a)));
                }
                // a link to a folder inside the folder: its files are walked anyway
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                if (e instanceof FileSystemLoopException) {
                    notes.add(display(file) + ": a link back to a folder above it; skipped.");
                } else if (file.equals(path) || Files.isDirectory(file) || isYaml(file)) {
                    add(file, cannotRead(e, Files.isDirectory(file) ? "folder" : "file"));
                }
                return FileVisitResult.CONTINUE;
            }

            private boolean hidden(Path p) {
                for (Path part : path.relativize(p)) if (part.toString().startsWith(".")) return true;
                return false;
            }

            private String display(Path file) {
                if (file.equals(path)) return input.replace('\\', '/');
                String base = input.replace('\\', '/');
                if (!base.endsWith("/")) base += "/";
                if (base.equals("./")) base = "";
                return base + path.relativize(file).toString().replace('\\', '/');
            }

            private void add(Path file, Problem problem) {
                found.add(new Entry(file, display(file), problem));
            }
        });
        // a file reached by its own name and through a link is reported under its own name
        found.sort(Comparator.comparing(Entry::file));
        links.sort(Comparator.comparing(Entry::file));
        found.addAll(links);
        List<Entry> out = new ArrayList<>();
        for (Entry e : found) if (e.problem() != null || firstTime(e.file())) out.add(e);
        out.sort(Comparator.comparing(Entry::file));
        return new Found(out, found.size());
    }

    private boolean firstTime(Path file) {
        Path key;
        try {
            key = file.toRealPath();
        } catch (IOException e) {
            key = file.toAbsolutePath().normalize();
        }
        return seen.add(key);
    }

    static boolean isYaml(Path file) {
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".yaml") || n.endsWith(".yml");
    }

    /** A path that is there but is no regular file: it is not opened at all. */
    static Problem notRegular(BasicFileAttributes attributes) {
        String what = attributes.isDirectory() ? "a folder" : attributes.isOther()
                ? "not a regular file (a pipe, a device or a socket)" : "not a regular file";
        return new Problem(InputRule.YAML_SYNTAX, Position.START, "",
                "This is " + what + ", so briefcheck did not read it: only files are checked.",
                "Save the brief or post as a file and check that file; to check typed or piped text, use '-'.");
    }

    /** Why a file or folder could not be read, in words. */
    static Problem cannotRead(IOException e, String what) {
        String message;
        String fix;
        if (e instanceof AccessDeniedException) {
            message = "briefcheck may not read this " + what + " (permission denied), so it was not checked.";
            fix = "Give yourself read permission (chmod u+r" + (what.equals("folder") ? "x" : "") + "), or leave it out of the check.";
        } else if (e instanceof NoSuchFileException) {
            message = "This " + what + " is not there (it was removed, or it is a link that points at nothing).";
            fix = "Check the name, or remove the broken link.";
        } else {
            message = "This " + what + " could not be read (" + (e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName()) + ").";
            fix = "Check that the " + what + " exists and that you may read it.";
        }
        return new Problem(InputRule.YAML_SYNTAX, Position.START, "", message, fix);
    }
}
