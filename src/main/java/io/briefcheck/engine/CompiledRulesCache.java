package io.briefcheck.engine;

import io.briefcheck.core.RuleLoadException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Keeps compiled rules between runs, for rule folders other than the bundled ones (those are compiled at
 * build time, {@link BundledModel}). Compiling a folder's DRL costs about a second; reading the compiled
 * packages back costs a fraction of that. The cache file is keyed by the rule files' paths and contents and by
 * the briefcheck jar itself (its size and time), so any change to either compiles afresh. Only used when
 * running from a jar; anything unreadable is ignored and recompiled.
 *
 * <p>Where: {@code $XDG_CACHE_HOME/briefcheck}, else {@code ~/.cache/briefcheck}; {@code BRIEFCHECK_CACHE=DIR}
 * moves it, {@code BRIEFCHECK_CACHE=off} or {@code --no-cache} turns it off. Files are named
 * {@code rules-VERSION_KEY.bin}; each write keeps the {@value #KEEP_THIS_VERSION} most recently used of this
 * version and the {@value #KEEP_OTHER_VERSIONS} most recently used of other versions, and deletes the rest.
 */
final class CompiledRulesCache {

    /** Compiled rule sets kept for this version: one per set of rule folders (and per build of the jar). */
    static final int KEEP_THIS_VERSION = 10;
    /** Compiled rule sets of other versions kept, for going back and forth between two versions. */
    static final int KEEP_OTHER_VERSIONS = 3;

    private final Path dir;
    private final String version;

    CompiledRulesCache(Path dir, String version) {
        this.dir = dir;
        this.version = version.replaceAll("[^A-Za-z0-9.-]", "-");
    }

    /** The cache for this process, or null when it is off or not running from a jar. */
    static CompiledRulesCache forThisProcess() {
        String setting = System.getenv("BRIEFCHECK_CACHE");
        if ("off".equalsIgnoreCase(setting)) return null;
        if (jar() == null) return null;
        String version = CompiledRulesCache.class.getPackage().getImplementationVersion();
        if (version == null) version = "dev";
        if (setting != null && !setting.isBlank()) return new CompiledRulesCache(Path.of(setting), version);
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new CompiledRulesCache(base.resolve("briefcheck"), version);
    }

    KieBase compile(List<RuleFolder> folders) throws RuleLoadException {
        Path file;
        try {
            file = dir.resolve(prefix() + key(folders) + ".bin");
        } catch (IOException e) {
            return RuleCompiler.compile(folders);
        }
        KieBase cached = read(file);
        if (cached != null) {
            touch(file);
            return cached;
        }
        KieBase base = RuleCompiler.compile(folders);
        if (write(base, file)) prune(file);
        return base;
    }

    private String prefix() {
        return "rules-" + version + "_";
    }

    /**
     * Deletes what this cache no longer needs: compiled rule sets beyond the newest of this version and of
     * other versions (by last use), and temporary files an interrupted write left over an hour ago.
     */
    void prune(Path keep) {
        List<Path> sets;
        Instant hourAgo = Instant.now().minus(Duration.ofHours(1));
        try (Stream<Path> files = Files.list(dir)) {
            sets = files.filter(f -> {
                String name = f.getFileName().toString();
                if (name.startsWith("rules-") && name.endsWith(".tmp") && modified(f).toInstant().isBefore(hourAgo)) delete(f);
                return name.startsWith("rules-") && name.endsWith(".bin") && !f.equals(keep);
            }).sorted(Comparator.comparing(CompiledRulesCache::modified).reversed()).toList();
        } catch (IOException | RuntimeException e) {
            return;
        }
        int same = 1, others = 0;   // the one just written is of this version
        for (Path set : sets) {
            boolean mine = set.getFileName().toString().startsWith(prefix());
            if (mine ? ++same > KEEP_THIS_VERSION : ++others > KEEP_OTHER_VERSIONS) delete(set);
        }
    }

    private static FileTime modified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void touch(Path file) {
        try {
            Files.setLastModifiedTime(file, FileTime.from(Instant.now()));
        } catch (IOException e) {
            // only the order in which old sets are deleted depends on it
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // another run may be reading it; the next write tries again
        }
    }

    private static KieBase read(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try (InputStream in = Files.newInputStream(file);
             DroolsObjectInputStream objects = new DroolsObjectInputStream(in, CompiledRulesCache.class.getClassLoader())) {
            @SuppressWarnings("unchecked")
            List<KiePackage> packages = (List<KiePackage>) objects.readObject();
            InternalKnowledgeBase base = KnowledgeBaseFactory.newKnowledgeBase();
            base.addPackages(packages);
            return base;
        } catch (Exception | LinkageError e) {
            return null;
        }
    }

    private static boolean write(KieBase base, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "rules-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp);
                 DroolsObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                objects.writeObject(new ArrayList<>(base.getKiePackages()));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs the next run a compile
            return false;
        }
    }

    private static String key(List<RuleFolder> folders) throws IOException {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            Path jar = jar();
            sha.update((jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis())
                    .getBytes(StandardCharsets.UTF_8));
            for (RuleFolder folder : folders) {
                for (RuleFile f : folder.drlFiles()) {
                    sha.update((f.displayPath() + "\u0000" + f.text() + "\u0000").getBytes(StandardCharsets.UTF_8));
                }
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path jar() {
        try {
            var source = CompiledRulesCache.class.getProtectionDomain().getCodeSource();
            if (source == null) return null;
            Path path = Path.of(source.getLocation().toURI());
            return Files.isRegularFile(path) && path.toString().endsWith(".jar") ? path : null;
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }
}
