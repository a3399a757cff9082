package io.briefcheck.load;

/**
 * Something wrong with the input itself, found by the loader, with where it is. {@code file} is null for a
 * problem in the document's own file, else the file the document names where it is (its subtitles), as
 * reports show that file's name.
 */
public record Problem(InputRule rule, Position at, String path, String message, String fix, String file) {

    /** A problem in the document's own file. */
    public Problem(InputRule rule, Position at, String path, String message, String fix) {
        this(rule, at, path, message, fix, null);
    }
}
