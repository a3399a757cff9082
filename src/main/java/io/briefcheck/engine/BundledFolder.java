package io.briefcheck.engine;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;

/**
 * A folder packaged with briefcheck (the rules, the example briefs), as a {@link Path} that can be
 * walked: inside the jar when running from it, or the build's classes folder in tests and IDEs.
 */
public final class BundledFolder {
    private BundledFolder() {
    }

    /**
     * True when briefcheck runs from its jar, whose bundled files and build-made indexes (the rule list, the data
     * snapshot, the rules' model) come from one build; false in a classes folder (tests, an IDE), where rule
     * files may have changed since the build.
     */
    static boolean packaged() {
        URL self = BundledFolder.class.getResource("BundledFolder.class");
        return self != null && "jar".equals(self.getProtocol());
    }

    /** The folder, or null when it is not on the class path. */
    public static Path locate(String name) throws IOException {
        URL url = BundledFolder.class.getClassLoader().getResource(name);
        if (url == null) return null;
        try {
            URI uri = url.toURI();
            if (!"jar".equals(uri.getScheme())) return Path.of(uri);
            FileSystem fs;
            try {
                fs = FileSystems.newFileSystem(uri, Map.of());
            } catch (FileSystemAlreadyExistsException e) {
                fs = FileSystems.getFileSystem(uri);
            }
            return fs.getPath("/" + name);
        } catch (URISyntaxException e) {
            throw new IOException("cannot locate the bundled folder " + name, e);
        }
    }
}
