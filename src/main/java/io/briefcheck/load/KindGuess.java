package io.briefcheck.load;

import io.briefcheck.model.Kind;
import io.briefcheck.model.Located;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What classes of document a command line's paths hold, read from their top-level {@code kind:} lines before
 * the command line is parsed and the files are read properly: a one-file check builds the rules such documents
 * need while it does both (Engine#buildAheadFor). Only a guess, which the run checks: an argument that is not a
 * path, or a file with no {@code kind:} line, adds nothing, and a wrong guess costs time, never a finding.
 */
public final class KindGuess {

    /** A file larger than this holds many documents or is not a document; nothing is guessed then. */
    static final long LARGEST_FILE = 256 * 1024;

    /** A document's {@code kind:} line, at the top level of a YAML file (not indented), as the loader reads it. */
    private static final Pattern KIND_LINE = Pattern.compile("(?m)^kind[ \\t]*:[ \\t]*[\"']?([A-Za-z_]+)");

    private KindGuess() {
    }

    /**
     * The classes of the documents in the files and folders among {@code arguments} (others are skipped), or null
     * when there are more than {@code atMost} files or documents, a large file, or none at all.
     */
    public static Set<Class<? extends Located>> of(List<String> arguments, int atMost) {
        InputFiles inputs = new InputFiles(false);
        Set<Class<? extends Located>> types = new HashSet<>();
        int files = 0;
        int documents = 0;
        try {
            for (String argument : arguments) {
                Path path = Path.of(argument);
                if (!Files.exists(path)) continue;
                InputFiles.Found found = inputs.expand(argument, path, atMost - files);
                files += found.files();
                if (files > atMost) return null;
                for (InputFiles.Entry e : found.entries()) {
                    if (e.problem() != null) continue;
                    if (Files.size(e.file()) > LARGEST_FILE) return null;
                    Matcher m = KIND_LINE.matcher(new String(Files.readAllBytes(e.file()), StandardCharsets.UTF_8));
                    while (m.find()) {
                        Kind kind = Loader.kindNamed(m.group(1));
                        if (kind == null) continue;
                        if (++documents > atMost) return null;
                        types.add(Loader.typeOf(kind));
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            return null; // a path that cannot be listed or read now is reported properly when the files are read
        }
        return types.isEmpty() ? null : types;
    }
}
