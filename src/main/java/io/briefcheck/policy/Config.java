package io.briefcheck.policy;

import io.briefcheck.core.Severity;
import java.nio.file.Path;
import java.util.List;

/**
 * The team's settings from {@code .briefcheck.yaml}. {@code file} is null when there is none.
 * {@code rules} maps a rule id or namespace to a level; {@code extraRules} are resolved against the
 * config file's folder; {@code ignore} and waiver paths are globs relative to that folder.
 */
public record Config(Path file, List<String> markets, Severity failOn, List<RuleLevel> rules, List<Path> extraRules,
                     List<String> ignore, List<Waiver> waivers) {

    public static final Config NONE = new Config(null, List.of(), null, List.of(), List.of(), List.of(), List.of());

    /** {@code rules: {ID: off|info|warning|error}}; {@code level} null means off. */
    public record RuleLevel(String selector, Severity level, int line) {
    }

    /** The folder that relative paths in the config are read against (the working directory without a file). */
    public Path folder() {
        Path parent = file == null ? null : file.toAbsolutePath().normalize().getParent();
        return parent != null ? parent : Path.of("").toAbsolutePath();
    }

    /** The name the config file is reported with. */
    public String name() {
        return file == null ? ".briefcheck.yaml" : file.toString().replace('\\', '/');
    }
}
