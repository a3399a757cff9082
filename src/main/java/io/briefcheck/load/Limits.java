package io.briefcheck.load;

/**
 * Input limits. They protect the checker (and the web server) from hostile files; real briefs and
 * drafts are far below every one of them.
 */
public record Limits(long maxFileBytes, int maxDepth, int maxAliases, int maxNodes) {
    /** 2 MiB per file, 40 levels, 50 collection aliases, 100,000 values per document. */
    public static final Limits DEFAULT = new Limits(2L * 1024 * 1024, 40, 50, 100_000);
}
