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
        Open file = open(target);
        try {
            content.writeTo(file.writer());
            file.commit();
        } finally {
            file.abandon();
        }
    }

    /**
     * A file being written while the run goes (a report streamed as documents are checked): {@link #commit}
     * puts it in place, {@link #abandon} (after a failure) leaves the old file as it was.
     */
    static final class Open {
        private final Path file;
        private final Path temporary;
        private final FileChannel channel;
        private final OutputStream stream;
        private final Watched watched;
        private final PrintWriter writer;
        private boolean done;

        private Open(Path file, Path temporary, FileChannel channel, OutputStream stream) {
            this.file = file;
            this.temporary = temporary;
            this.channel = channel;
            this.stream = stream;
            this.watched = new Watched(stream);
            this.writer = new PrintWriter(new OutputStreamWriter(watched, StandardCharsets.UTF_8));
        }

        PrintWriter writer() {
            return writer;
        }

        /** Flushes the text (throwing the first write error the stream saw) and puts the file in place. */
        void commit() throws IOException {
            writer.flush();
            if (writer.checkError()) throw watched.failure != null ? watched.failure : new IOException("the text could not be written");
            done = true;
            if (temporary == null) {
                stream.close();
                return;
            }
            try {
                channel.force(true);
                channel.close();
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

        /** Drops what was written when the file was not committed (a no-op after commit). */
        void abandon() throws IOException {
            if (done) return;
            done = true;
            try {
                (channel != null ? channel : stream).close();
            } catch (IOException e) {
                // the write already failed; the first error is the one reported
            }
            if (temporary != null) Files.deleteIfExists(temporary);
        }
    }

    /** Opens {@code target} for writing: a temporary file beside it, or the target itself when it is no regular file. */
    static Open open(Path target) throws IOException {
        Path file = Files.exists(target) ? target.toRealPath() : target.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) throw new IOException("it is a folder");
        if (Files.exists(file) && !Files.isRegularFile(file)) {
            return new Open(file, null, null, Files.newOutputStream(file, StandardOpenOption.WRITE));
        }
        Path folder = file.getParent();
        Files.createDirectories(folder);
        Path temporary = folder.resolve("." + file.getFileName() + "." + Long.toHexString(ThreadLocalRandom.current().nextLong())
                + ".tmp");
        FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
        return new Open(file, temporary, channel, Channels.newOutputStream(channel));
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
