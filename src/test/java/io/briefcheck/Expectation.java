package io.briefcheck;

import io.briefcheck.core.Finding;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One {@code # expect:} marker of a rule fixture: the rule that must report this line and, when the
 * marker gives them, the exact column and a fragment of the message. The syntax is
 * {@code # expect: <ns>/<name>[:<column>] ["<fragment>"]}, several separated by commas or spaces,
 * e.g. {@code # expect: ftc/label-buried:44 "buried among hashtags", ftc/label-below-fold}. A fragment
 * that holds double quotes is written in single ones: {@code '"#spon" is too vague'}.
 */
record Expectation(String rule, int line, Integer column, String fragment) {

    private static final Pattern MARKER = Pattern.compile("#\\s*expect:(.*)$");
    private static final Pattern ONE =
            Pattern.compile("([a-z0-9-]+/[a-z0-9-]+)(?::(\\d+))?(?:\\s+(?:\"([^\"]+)\"|'([^']+)'))?");
    private static final Pattern SEPARATOR = Pattern.compile("[,\\s]*");

    /** Every marker of a fixture, in file order; a marker that cannot be read fails the test. */
    static List<Expectation> read(Path file) throws IOException {
        List<Expectation> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = MARKER.matcher(lines.get(i));
            if (m.find()) out.addAll(parse(m.group(1), i + 1, file));
        }
        return out;
    }

    private static List<Expectation> parse(String text, int line, Path file) {
        List<Expectation> out = new ArrayList<>();
        Matcher one = ONE.matcher(text);
        Matcher gap = SEPARATOR.matcher(text);
        int at = 0;
        while (gap.region(at, text.length()).lookingAt() && gap.end() < text.length()) {
            if (!one.region(gap.end(), text.length()).lookingAt()) {
                throw new AssertionError(file + ":" + line + ": cannot read the marker at \"" + text.substring(gap.end())
                        + "\"; write # expect: <ns>/<name>[:<column>] [\"<message fragment>\"], several separated by commas");
            }
            out.add(new Expectation(one.group(1), line, one.group(2) == null ? null : Integer.valueOf(one.group(2)),
                    one.group(3) != null ? one.group(3) : one.group(4)));
            at = one.end();
        }
        return out;
    }

    /** How many of column and fragment this expectation pins: the more specific ones are matched first. */
    int specificity() {
        return (column == null ? 0 : 1) + (fragment == null ? 0 : 1);
    }

    boolean matches(Finding f) {
        return f.rule().equals(rule) && f.line() == line && (column == null || f.column() == column)
                && (fragment == null || f.message().contains(fragment));
    }

    @Override
    public String toString() {
        return rule + " at " + line + (column == null ? "" : ":" + column) + (fragment == null ? "" : " \"" + fragment + "\"");
    }
}
