package io.briefcheck.cli;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file briefcheck writes (a report, a baseline) so that nobody ever reads half of one: the text goes
 * to a temporary file in the same folder, which then replaces the old file in one rename. A run that
 * is killed or fails leaves the old file as it was. Every write error is an {@link IOException}, never
 * swallowed: a {@link PrintWriter} hides them, so the stream underneath records the first one.
 * <p>
 * A target that exists but is no regular file ({@code /dev/stdout}, a pipe) is written in place: there
 * is nothing to replace, and renaming over a device would remove it.
 */
final class OutputFile {

    /** What goes into the file. */
    interface Content {
        void writeTo(PrintWriter out) throws IOException;
    }

    private OutputFile() {
    }

    static void write(Path target, Content content) throws IOException {
        Path file = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) throw new IOException("it is a folder");
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            try (OutputStream out = Files.newOutputStream(file, StandardOpenOption.WRITE)) {
                writeAll(out, content);
            }
            return;
        }
        Path folder = file.getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                writeAll(Channels.newOutputStream(channel), content);
                channel.force(true);
            }
            keepPermissions(file, temporary);
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Writes the content and flushes it; throws the first write error the stream saw. */
    private static void writeAll(OutputStream target, Content content) throws IOException {
        Watched out = new Watched(target);
        PrintWriter pw = new PrintWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        content.writeTo(pw);
        pw.flush();
        if (pw.checkError()) throw out.failure != null ? out.failure : new IOException("the text could not be written");
    }

    /** A report rewritten in place keeps who may read it; a new one gets the usual permissions (umask). */
    private static void keepPermissions(Path old, Path replacement) throws IOException {
        if (!Files.isRegularFile(old)) return;
        PosixFileAttributeView view = Files.getFileAttributeView(old, PosixFileAttributeView.class);
        if (view == null) return;
        Set<PosixFilePermission> permissions = view.readAttributes().permissions();
        Files.setPosixFilePermissions(replacement, permissions);
    }

    /** Why a write failed, in plain words for the message that ends the run. */
    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NoSuchFileException) return "its folder does not exist";
        String reason = e instanceof FileSystemException f && f.getReason() != null ? f.getReason() : e.getMessage();
        return reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason;
    }

    /** Keeps the first write error, which a {@link PrintWriter} above it would only report as "trouble". */
    private static final class Watched extends FilterOutputStream {
        IOException failure;

        Watched(OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            try {
                out.write(b);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            try {
                out.write(b, off, len);
            } catch (IOException e) {
                throw seen(e);
            }
        }

        @Override
        public void flush() throws IOException {
            try {
                out.flush();
            } catch (IOException e) {
                throw seen(e);
            }
        }

        private IOException seen(IOException e) {
            if (failure == null) failure = e;
            return e;
        }
    }
}
