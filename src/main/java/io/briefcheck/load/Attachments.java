package io.briefcheck.load;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Finds the files a document names beside itself ({@link io.briefcheck.model.Attachment}): a relative
 * name is read from the document's folder. A document read from text (standard input, the page's text
 * box) has no folder, so its attachments are not found unless the caller gives one. With a
 * {@code root} (the server's folder of uploaded files), a name that leads outside it is refused: a
 * request must never make briefcheck read a file of the machine's.
 */
public final class Attachments {

    /** What a name led to: the file, or why not and what to do. */
    public record Found(Path path, String problem, String fix) {
    }

    /** For documents that were not read from a file. */
    static final Attachments NONE = new Attachments(null, null);

    private final Path folder;
    private final Path root;

    /**
     * @param folder where relative names are read from (null: nowhere)
     * @param root   the only folder files may be read from (null: anywhere)
     */
    Attachments(Path folder, Path root) {
        this.folder = folder == null ? null : folder.toAbsolutePath().normalize();
        this.root = root == null ? null : root.toAbsolutePath().normalize();
    }

    Found find(String name) {
        if (folder == null) {
            return new Found(null, "This document was not read from a file, so the file '" + name
                    + "' it names cannot be found beside it.",
                    "Save the document next to '" + name + "' and check the document's file, or add the file on the page.");
        }
        Path path;
        try {
            path = folder.resolve(name).normalize();
        } catch (InvalidPathException e) {
            return new Found(null, "'" + name + "' is not a file name this system accepts.",
                    "Write the file's name as it is on disk, e.g. frame1.png.");
        }
        if (root != null && !path.startsWith(root)) {
            return new Found(null, "'" + name + "' is outside the files sent with this document, so it was not read.",
                    "Send the file with the document and name it without a folder, e.g. frame1.png.");
        }
        if (!Files.isRegularFile(path)) {
            return new Found(null, "There is no file '" + name + "' in " + folder + ".",
                    "Check the name's spelling and that the file sits beside this document (names are relative to its folder).");
        }
        if (!Files.isReadable(path)) {
            return new Found(null, "The file '" + name + "' cannot be read (no permission).", "Let your user read the file.");
        }
        return new Found(path, null, null);
    }
}
