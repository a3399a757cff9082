package io.briefcheck.core;

import java.util.List;

/**
 * The rules themselves are broken (a DRL that does not compile, a data file that is not valid YAML,
 * a rule without metadata): the tool cannot run. Each line is "file:line:col message".
 */
public final class RuleLoadException extends Exception {
    private final List<String> problems;

    public RuleLoadException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
