package io.briefcheck.policy;

import io.briefcheck.core.RuleCatalog;
import io.briefcheck.load.Comment;
import io.briefcheck.load.Document;
import io.briefcheck.load.InputRule;
import io.briefcheck.core.Finding;
import io.briefcheck.core.Severity;
import io.briefcheck.core.Suppression;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The suppression comments of one document: {@code # briefcheck-disable-next-line RULE -- reason}
 * (the next line that is not blank or a comment) and {@code # briefcheck-disable RULE -- reason}
 * (the whole document). RULE is an id or a namespace; several may be given, separated by commas.
 * An incomplete comment (no rule, an unknown rule, no reason) is reported as
 * {@code input/bad-suppression}, an error; one without a reason suppresses nothing, so a finding can
 * never be hidden without saying why.
 */
final class InlineSuppressions {

    static final String MARK = "briefcheck-disable";
    private static final InputRule BAD = InputRule.BAD_SUPPRESSION;
    private static final Severity BAD_SEVERITY = Severity.parse(BAD.severity());
    private static final Pattern DIRECTIVE = Pattern.compile("^briefcheck-(disable-next-line|disable)(?=\\s|$)(.*)$");

    /** One directive: the rules it names, its reason, and the line it covers (0: the whole document). */
    private record Directive(Set<String> rules, String reason, int target) {
    }

    private final Document document;
    private final List<Directive> directives = new ArrayList<>();
    private final List<Finding> problems = new ArrayList<>();
    /** Each distinct comment text read once per document: 50,000 comments may say the same. */
    private final Map<String, Reading> readings = new HashMap<>();

    InlineSuppressions(Document document, RuleCatalog catalog) {
        this.document = document;
        for (Comment c : document.comments(MARK)) read(c, catalog);
    }

    List<Finding> problems() {
        return problems;
    }

    /**
     * The suppression that covers this finding of this document, or null. A finding shown in a file the
     * document names (its subtitles, which hold no comments) is covered by a comment above the line that names it.
     */
    Suppression covering(Finding f) {
        int line = f.elsewhere() ? document.positionOf(f.path()).line() : f.line();
        for (Directive d : directives) {
            if (d.rules().contains(f.rule()) && (d.target() == 0 || d.target() == line)) {
                return new Suppression(Suppression.Kind.INLINE, d.reason());
            }
        }
        return null;
    }

    /**
     * What one comment text says: whether it is a directive at all, the rules it names, its reason, whether it
     * covers the next line, and its problems (message and fix each). Worked out once per distinct text.
     */
    private record Reading(boolean directive, boolean nextLine, Set<String> rules, String reason, List<Fault> problems) {
        static final Reading NONE = new Reading(false, false, Set.of(), "", List.of());
    }

    /** What is wrong with a comment, as its finding says it. */
    private record Fault(String message, String fix) {
    }

    private void read(Comment c, RuleCatalog catalog) {
        Reading r = readings.computeIfAbsent(c.text(), text -> reading(text, catalog));
        for (Fault f : r.problems()) problem(c, f.message(), f.fix());
        if (!r.directive()) return;
        int target = r.nextLine() ? nextContentLine(c.line()) : 0;
        if (r.nextLine() && target < 0) return;
        directives.add(new Directive(r.rules(), r.reason(), target));
    }

    private static Reading reading(String text, RuleCatalog catalog) {
        Matcher m = DIRECTIVE.matcher(text);
        if (!m.matches()) return Reading.NONE;
        boolean nextLine = m.group(1).equals("disable-next-line");
        String rest = m.group(2).strip();
        int dash = rest.indexOf("--");
        String names = dash < 0 ? rest : rest.substring(0, dash);
        // rule ids never hold '#': anything after one is a further comment, not a rule
        if (names.contains("#")) names = names.substring(0, names.indexOf('#'));
        names = names.strip();
        String reason = dash < 0 ? "" : rest.substring(dash + 2).strip();
        String comment = "# briefcheck-" + m.group(1);

        List<Fault> problems = new ArrayList<>();
        Set<String> rules = new HashSet<>();
        for (String name : names.split("[,\\s]+")) {
            if (name.isEmpty()) continue;
            List<String> ids = catalog.select(name);
            if (ids.isEmpty()) {
                problems.add(new Fault("'" + comment + "' names " + name + ", which is not a rule briefcheck knows, so it suppresses nothing.",
                        "Use a rule id from 'briefcheck rules', e.g. " + comment + " brief/missing-audience -- reason."));
            }
            rules.addAll(ids);
        }
        if (names.isEmpty()) {
            problems.add(new Fault("'" + comment + "' names no rule, so it suppresses nothing.",
                    "Name the rule it is for: " + comment + " RULE-ID -- why this is acceptable."));
            return new Reading(false, nextLine, rules, reason, problems);
        }
        if (reason.isEmpty()) {
            problems.add(new Fault("'" + comment + " " + names + "' gives no reason, so it suppresses nothing: reviewers could not tell "
                            + "why the finding is acceptable.",
                    "Add the reason after two dashes: " + comment + " " + names + " -- why this is acceptable."));
            return new Reading(false, nextLine, rules, reason, problems);
        }
        return new Reading(true, nextLine, rules, reason, problems);
    }

    /** The last answer of {@link #nextContentLine}: every line after {@code scannedFrom} up to {@code scannedTo} holds no YAML. */
    private int scannedFrom = Integer.MAX_VALUE;
    private int scannedTo;

    /**
     * The next line after {@code line} that holds YAML (not blank, not only a comment); -1 if none. Comments come
     * in line order, so a run of comment lines is scanned once, not once per comment in it.
     */
    private int nextContentLine(int line) {
        if (line >= scannedFrom && (scannedTo < 0 || line < scannedTo)) return scannedTo;
        int found = -1;
        for (int l = line + 1; ; l++) {
            String text = document.lineText(l);
            if (text == null) break;
            String t = text.strip();
            if (!t.isEmpty() && !t.startsWith("#")) {
                found = l;
                break;
            }
        }
        scannedFrom = line;
        scannedTo = found;
        return found;
    }

    private void problem(Comment c, String message, String fix) {
        problems.add(new Finding(BAD.id(), BAD_SEVERITY, message, document.file(), document.index(),
                c.line(), c.column(), "", null, fix, null, List.of()));
    }
}
