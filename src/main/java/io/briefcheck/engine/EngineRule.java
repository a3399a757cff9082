package io.briefcheck.engine;

import io.briefcheck.core.RuleInfo;
import io.briefcheck.core.Severity;
import java.util.Arrays;
import java.util.List;

/**
 * The {@code engine/} rules: what the engine itself reports about a document when the rules could not
 * judge it fully. They are Java, like the {@code input/} rules, because they are about running the
 * rules, not about the input; their metadata lives here with them.
 */
public enum EngineRule {
    TIMEOUT("engine/timeout", "Checking the document took longer than the time limit",
            "A check normally takes milliseconds. One that runs past the time limit (check --time-limit, "
                    + "or the web page's limit) is stopped, so a document built to be slow, or a custom rule that "
                    + "loops, cannot hold the machine; the document counts as not checked, and the other documents "
                    + "are checked as usual.",
            "a caption of 100,000 characters, or a --rules rule that inserts a new fact every time it fires",
            "a post of normal length, checked with the bundled rules"),
    RULE_FAILED("engine/rule-failed", "A rule failed while checking the document",
            "A rule whose action throws an error (a custom rule given with --rules or extra_rules, usually) "
                    + "cannot judge the document. briefcheck reports it with the rule's file and line instead of "
                    + "stopping the run; the other rules and documents are checked as usual.",
            "then\n    String s = null; s.length();",
            "then\n    findings.report(drools.getRule(), Flag.at($p, \"caption\", \"...\", \"...\"));");

    /** Where the engine/ rules come from, for the catalog. */
    public static final String SOURCE = "briefcheck engine: the time limit and custom rules (docs/rules-guide.md: Your own rules)";

    private final String id;
    private final String title;
    private final String why;
    private final String bad;
    private final String good;

    EngineRule(String id, String title, String why, String bad, String good) {
        this.id = id;
        this.title = title;
        this.why = why;
        this.bad = bad;
        this.good = good;
    }

    public String id() {
        return id;
    }

    /** True for an id of the engine/ rules, which are neither selected nor filtered by --only and --disable. */
    public static boolean isEngineRule(String id) {
        return id != null && id.startsWith("engine/");
    }

    static List<RuleInfo> infos() {
        return Arrays.stream(values()).map(r -> new RuleInfo(r.id, Severity.ERROR, r.title, r.why, SOURCE, r.bad, r.good)).toList();
    }
}
