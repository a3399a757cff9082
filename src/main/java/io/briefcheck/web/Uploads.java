package io.briefcheck.web;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.jetty.http.BadMessageException;

/**
 * A check sent as {@code multipart/form-data}: the document (part {@code document}) with the files it
 * names, such as story-frame images, a video and its subtitles. Each request gets a fresh temporary
 * folder; the files are saved there under their own plain names (anything that could name another
 * folder is refused), the loader reads them from there and nowhere else, and {@link #close()} deletes the
 * folder whatever happened, an error or a check stopped at its time limit included.
 */
final class Uploads implements AutoCloseable {

    /** Largest multipart body, the document and all its files together (50 MiB); more is refused with 413. */
    static final long MAX_BYTES = 50L * 1024 * 1024;
    /** Most files one request may carry: a story has at most 100 frames a day, plus a video and its subtitles. */
    static final int MAX_FILES = 110;
    /** The part that holds the YAML or JSON text. */
    static final String DOCUMENT = "document";

    /**
     * A plain file name: no folder, no leading dot, no characters a file system or shell treats specially, no
     * trailing dot or space (Windows drops them) and none of Windows' device names (NUL, CON, COM1...).
     */
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._ ()-]{0,98}[A-Za-z0-9)_-]|[A-Za-z0-9]");
    private static final Pattern DEVICE = Pattern.compile("(?i)(con|prn|aux|nul|com\\d|lpt\\d)(\\..*)?");

    /** Whether the server takes {@code name} as a file's name (and the page's examples may offer it). */
    static boolean plainName(String name) {
        return name != null && PLAIN_NAME.matcher(name).matches() && !DEVICE.matcher(name).matches();
    }

    private final Path root;
    private final Path files;
    private byte[] document;
    private int count;

    private Uploads(Path root) {
        this.root = root;
        this.files = root.resolve("files");
    }

    static boolean isMultipart(String contentType) {
        return contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data");
    }

    /**
     * Reads the request's parts into a fresh folder. The caller closes the result (try-with-resources),
     * which deletes the folder.
     */
    static Uploads read(HttpServletRequest req) throws IOException {
        if (req.getContentLengthLong() > MAX_BYTES) throw tooLarge();
        Uploads uploads = new Uploads(Files.createTempDirectory("briefcheck-upload-"));
        try {
            uploads.save(req);
            return uploads;
        } catch (RuntimeException | IOException e) {
            uploads.close();
            throw e;
        }
    }

    private void save(HttpServletRequest req) throws IOException {
        Path parts = Files.createDirectory(root.resolve("parts"));
        Files.createDirectory(files);
        // Jetty keeps large parts in this folder while it reads them; it is inside root, so close() removes them too
        req.setAttribute("org.eclipse.jetty.multipartConfig",
                new MultipartConfigElement(parts.toString(), MAX_BYTES, MAX_BYTES, 64 * 1024));
        Iterable<Part> all;
        try {
            all = req.getParts();
        } catch (IllegalStateException e) {
            throw tooLarge();
        } catch (BadMessageException e) {
            throw new Api.Refusal(408, "The files came too slowly or stopped coming; send them again.");
        } catch (ServletException | IOException e) {
            throw new Api.Refusal(400, "The upload could not be read as a form with files (" + e.getMessage()
                    + "); send the document as the part 'document' and each file as a part of its own.");
        }
        Set<String> names = new HashSet<>();
        for (Part part : all) {
            if (DOCUMENT.equals(part.getName()) && part.getSubmittedFileName() == null) {
                if (document != null) throw new Api.Refusal(400, "The upload has two parts called 'document'; send one.");
                document = documentText(part);
                continue;
            }
            String name = part.getSubmittedFileName();
            if (name == null) {
                throw new Api.Refusal(400, "The part '" + part.getName() + "' is not a file; send the text as the part 'document' "
                        + "and every other part as a file with its name.");
            }
            if (!plainName(name)) {
                throw new Api.Refusal(400, "The file name '" + shown(name) + "' cannot be used; send each file under a plain name "
                        + "without folders, such as frame1.png (letters, digits, spaces, dots and dashes).");
            }
            if (!names.add(name.toLowerCase(Locale.ROOT))) {
                throw new Api.Refusal(400, "Two files are called '" + name + "'; give each file its own name.");
            }
            if (++count > MAX_FILES) throw new Api.Refusal(413, "At most " + MAX_FILES + " files can be sent with one document.");
            try (InputStream in = part.getInputStream()) {
                Files.copy(in, files.resolve(name));
            }
        }
        if (document == null) {
            throw new Api.Refusal(400, "The upload has no part called 'document'; send the post's YAML or JSON text in it.");
        }
    }

    private static byte[] documentText(Part part) throws IOException {
        if (part.getSize() > Api.MAX_BODY_BYTES) throw Api.tooLarge();
        try (InputStream in = part.getInputStream()) {
            return in.readAllBytes();
        }
    }

    /** A name as the user sent it, cut short and without control characters, for a message. */
    private static String shown(String name) {
        String s = name.replaceAll("\\p{Cntrl}", "?");
        return s.length() > 80 ? s.substring(0, 80) + "…" : s;
    }

    static Api.Refusal tooLarge() {
        return new Api.Refusal(413, "The document and its files are over the limit of " + MAX_BYTES / (1024 * 1024)
                + " MB together; send smaller files (a shorter video, or images of a phone screen's size).");
    }

    /** The document's text. */
    byte[] document() {
        return document;
    }

    /** The folder the files were saved in: the only place the document's file names are read from. */
    Path folder() {
        return files;
    }

    /** How many files came with the document. */
    int fileCount() {
        return count;
    }

    /**
     * Deletes the folder and everything in it. A file the system will not delete now (still open elsewhere, on
     * some systems) is left for the end of the process rather than failing an answer that is ready.
     */
    @Override
    public void close() {
        try {
            Files.walkFileTree(root, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) {
                    delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            root.toFile().deleteOnExit();
        }
    }

    private static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            path.toFile().deleteOnExit();
        }
    }
}
