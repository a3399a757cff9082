package io.briefcheck.load;

/**
 * Input limits. They protect the checker (and the web server) from hostile files; real briefs and
 * drafts are far below every one of them. {@code maxExpandedChars} bounds the characters of a whole
 * file's values and field names once every alias ({@code *name}) is written out, text aliases
 * included, so the work after reading stays in proportion to the file.
 */
public record Limits(long maxFileBytes, int maxDepth, int maxAliases, int maxNodes, long maxExpandedChars,
                     int maxListItems) {
    private static final int DEFAULT_LIST_ITEMS = 10_000;

    /**
     * 2 MiB per file, 40 levels, 50 collection aliases, 100,000 values per document, 4 Mi characters expanded,
     * 10,000 items in one list (a Story has at most 100 frames a day; a three-hour transcript, a line every
     * second, about 10,000 lines).
     */
    public static final Limits DEFAULT = new Limits(2L * 1024 * 1024, 40, 50, 100_000, 4L * 1024 * 1024, DEFAULT_LIST_ITEMS);

    /** Limits with the default number of items in one list. */
    public Limits(long maxFileBytes, int maxDepth, int maxAliases, int maxNodes, long maxExpandedChars) {
        this(maxFileBytes, maxDepth, maxAliases, maxNodes, maxExpandedChars, DEFAULT_LIST_ITEMS);
    }

    /** Limits whose expanded size is twice the file size. */
    public Limits(long maxFileBytes, int maxDepth, int maxAliases, int maxNodes) {
        this(maxFileBytes, maxDepth, maxAliases, maxNodes, 2 * maxFileBytes, DEFAULT_LIST_ITEMS);
    }
}
