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
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.drools.base.common.DroolsObjectInputStream;
import org.drools.base.common.DroolsObjectOutputStream;
import org.drools.kiesession.rulebase.InternalKnowledgeBase;
import org.drools.kiesession.rulebase.KnowledgeBaseFactory;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;

/**
 * Keeps compiled rules between runs. Compiling every DRL costs about a second, most of a one-file
 * check; reading the compiled packages back costs a fraction of that. The cache file is keyed by the
 * rule files' paths and contents and by the briefcheck jar itself (its size and time), so any change
 * to either compiles afresh. Only used when running from a jar; anything unreadable is ignored and
 * recompiled. {@code BRIEFCHECK_CACHE=off} turns it off; {@code BRIEFCHECK_CACHE=DIR} moves it.
 */
final class CompiledRulesCache {

    private final Path dir;

    private CompiledRulesCache(Path dir) {
        this.dir = dir;
    }

    /** The cache for this process, or null when it is off or not running from a jar. */
    static CompiledRulesCache forThisProcess() {
        String setting = System.getenv("BRIEFCHECK_CACHE");
        if ("off".equalsIgnoreCase(setting)) return null;
        if (jar() == null) return null;
        if (setting != null && !setting.isBlank()) return new CompiledRulesCache(Path.of(setting));
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return new CompiledRulesCache(base.resolve("briefcheck"));
    }

    KieBase compile(List<RuleFolder> folders) throws RuleLoadException {
        Path file;
        try {
            file = dir.resolve("rules-" + key(folders) + ".bin");
        } catch (IOException e) {
            return RuleCompiler.compile(folders);
        }
        KieBase cached = read(file);
        if (cached != null) return cached;
        KieBase base = RuleCompiler.compile(folders);
        write(base, file);
        return base;
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

    private static void write(KieBase base, Path file) {
        try {
            Files.createDirectories(file.getParent());
            Path tmp = Files.createTempFile(file.getParent(), "rules-", ".tmp");
            try (OutputStream out = Files.newOutputStream(tmp);
                 DroolsObjectOutputStream objects = new DroolsObjectOutputStream(out)) {
                objects.writeObject(new ArrayList<>(base.getKiePackages()));
            }
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            // a cache that cannot be written only costs the next run a compile
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
