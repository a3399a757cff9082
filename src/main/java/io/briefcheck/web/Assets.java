package io.briefcheck.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * The page's own files (HTML, CSS, JS from {@code src/main/resources/web/}) and the libraries it uses from
 * WebJars (CodeMirror, the brief's code editor; js-yaml, which reads and writes a post's YAML in the draft
 * form), read once at start-up. Only these names are served, so no request path
 * can reach any other resource or file; the libraries come from the jar, so the page works offline.
 */
final class Assets {

    record Asset(byte[] bytes, String contentType) {
    }

    private static final String JS = "text/javascript; charset=utf-8";
    private static final String CSS = "text/css; charset=utf-8";

    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.css", CSS,
            "app.js", JS,
            "favicon.svg", "image/svg+xml");

    /** A WebJar's files: served name → path inside the WebJar (below its version folder). */
    private record WebJar(String name, Map<String, String> files) {
    }

    private static final java.util.List<WebJar> WEBJARS = java.util.List.of(
            new WebJar("codemirror", Map.of(
                    "codemirror.js", "lib/codemirror.js",
                    "codemirror.css", "lib/codemirror.css",
                    "codemirror-yaml.js", "mode/yaml/yaml.js",
                    "codemirror-lint.js", "addon/lint/lint.js",
                    "codemirror-lint.css", "addon/lint/lint.css",
                    "codemirror-LICENSE.txt", "LICENSE")),
            new WebJar("js-yaml", Map.of(
                    "js-yaml.js", "dist/js-yaml.min.js",
                    "js-yaml-LICENSE.txt", "LICENSE")));

    private final Map<String, Asset> byName;

    private Assets(Map<String, Asset> byName) {
        this.byName = byName;
    }

    static Assets bundled() {
        Map<String, Asset> out = new HashMap<>();
        for (Map.Entry<String, String> f : FILES.entrySet()) {
            out.put(f.getKey(), new Asset(read("/web/" + f.getKey()), f.getValue()));
        }
        for (WebJar jar : WEBJARS) {
            String folder = "/META-INF/resources/webjars/" + jar.name() + "/" + version(jar.name()) + "/";
            for (Map.Entry<String, String> f : jar.files().entrySet()) {
                String name = f.getKey();
                String type = name.endsWith(".js") ? JS : name.endsWith(".css") ? CSS : "text/plain; charset=utf-8";
                out.put(name, new Asset(read(folder + f.getValue()), type));
            }
        }
        return new Assets(Map.copyOf(out));
    }

    /** A WebJar's version, from its own Maven metadata, so only pom.xml names it. */
    private static String version(String webjar) {
        Properties p = new Properties();
        try (InputStream in = Assets.class.getResourceAsStream("/META-INF/maven/org.webjars.npm/" + webjar + "/pom.properties")) {
            if (in == null) throw new IllegalStateException("the " + webjar + " WebJar is missing from the class path");
            p.load(in);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the " + webjar + " WebJar's version", e);
        }
        return p.getProperty("version");
    }

    private static byte[] read(String resource) {
        try (InputStream in = Assets.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException(resource + " is missing from the jar");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + resource, e);
        }
    }

    Asset get(String name) {
        return byName.get(name);
    }
}
