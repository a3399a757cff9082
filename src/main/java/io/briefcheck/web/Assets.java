package io.briefcheck.web;

import java.io.IOException;
import java.io.InputStream;
import java.util.Map;

/**
 * The page's own files (HTML, CSS, JS from {@code src/main/resources/web/}), read once at start-up.
 * Only these names are served, so no request path can reach any other resource or file.
 */
final class Assets {

    record Asset(byte[] bytes, String contentType) {
    }

    private static final Map<String, String> FILES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8",
            "favicon.svg", "image/svg+xml");

    private final Map<String, Asset> byName;

    private Assets(Map<String, Asset> byName) {
        this.byName = byName;
    }

    static Assets bundled() {
        Map<String, Asset> out = new java.util.HashMap<>();
        for (Map.Entry<String, String> f : FILES.entrySet()) {
            try (InputStream in = Assets.class.getResourceAsStream("/web/" + f.getKey())) {
                if (in == null) throw new IllegalStateException("web/" + f.getKey() + " is missing from the jar");
                out.put(f.getKey(), new Asset(in.readAllBytes(), f.getValue()));
            } catch (IOException e) {
                throw new IllegalStateException("cannot read web/" + f.getKey(), e);
            }
        }
        return new Assets(Map.copyOf(out));
    }

    Asset get(String name) {
        return byName.get(name);
    }
}
