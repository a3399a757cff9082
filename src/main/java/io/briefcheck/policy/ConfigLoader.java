package io.briefcheck.policy;

import io.briefcheck.core.Severity;
import io.briefcheck.load.MarketCodes;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Finds and reads {@code .briefcheck.yaml}. Every mistake in it is a {@link ConfigException} with the
 * file and line, so the CLI can stop with exit code 2 instead of checking with settings nobody meant:
 * a setting written twice too (YAML would silently keep the last, {@code fail_on: never} say), and a
 * waiver without a reason or an end date.
 */
public final class ConfigLoader {

    public static final String FILE_NAME = ".briefcheck.yaml";
    private static final Set<String> KEYS = Set.of("markets", "fail_on", "rules", "extra_rules", "ignore", "waivers");
    private static final Set<String> WAIVER_KEYS = Set.of("rule", "path", "reason", "expires");

    /** The nearest .briefcheck.yaml in {@code start} or a folder above it, or null. */
    public static Path find(Path start) {
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve(FILE_NAME);
            if (Files.isRegularFile(candidate)) return candidate;
        }
        return null;
    }

    public Config load(Path file) throws ConfigException {
        String name = file.toString().replace('\\', '/');
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ConfigException(name, 0, "cannot read the configuration (" + e.getClass().getSimpleName() + ").");
        }
        Node root;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setMaxAliasesForCollections(10);
            options.setNestingDepthLimit(20);
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() != null ? e.getProblemMark().getLine() + 1 : 0;
            throw new ConfigException(name, line, "this is not valid YAML: " + e.getProblem() + ".");
        } catch (YAMLException e) {
            throw new ConfigException(name, 0, "this is not valid YAML: " + e.getMessage() + ".");
        }
        if (root == null) return new Config(file, List.of(), null, List.of(), List.of(), List.of(), List.of());
        return new Reader(name, file).config(root);
    }

    private static final class Reader {
        private final String name;
        private final Path file;

        Reader(String name, Path file) {
            this.name = name;
            this.file = file;
        }

        ConfigException error(Node at, String message) {
            return new ConfigException(name, at.getStartMark().getLine() + 1, message);
        }

        Config config(Node root) throws ConfigException {
            if (!(root instanceof MappingNode map)) {
                throw error(root, "the configuration must be a set of settings such as 'fail_on: warning'.");
            }
            unique(map, "setting");
            List<String> markets = List.of();
            Severity failOn = null;
            List<Config.RuleLevel> rules = List.of();
            List<Path> extra = List.of();
            List<String> ignore = List.of();
            List<Waiver> waivers = List.of();
            Path folder = file.toAbsolutePath().normalize().getParent();
            for (NodeTuple t : map.getValue()) {
                String key = scalar(t.getKeyNode(), "a setting name");
                Node value = t.getValueNode();
                switch (key) {
                    case "markets" -> markets = markets(value);
                    case "fail_on" -> failOn = failOn(value);
                    case "rules" -> rules = rules(value);
                    case "extra_rules" -> extra = folders(value, folder);
                    case "ignore" -> ignore = globs(value, "ignore");
                    case "waivers" -> waivers = waivers(value);
                    default -> throw error(t.getKeyNode(), "unknown setting '" + key + "'; the settings are "
                            + String.join(", ", KEYS.stream().sorted().toList()) + ".");
                }
            }
            return new Config(file, markets, failOn, rules, extra, ignore, waivers);
        }

        /** Stops at a key written twice in one section, which YAML would read as the last one alone. */
        void unique(MappingNode map, String what) throws ConfigException {
            Map<String, Integer> seen = new HashMap<>();
            for (NodeTuple t : map.getValue()) {
                if (!(t.getKeyNode() instanceof ScalarNode key)) continue;
                Integer first = seen.putIfAbsent(key.getValue().strip(), key.getStartMark().getLine() + 1);
                if (first != null) {
                    throw error(key, "the " + what + " '" + key.getValue().strip() + "' is written twice (first on line "
                            + first + "), and only one can count; keep the one you mean and delete the other.");
                }
            }
        }

        String scalar(Node n, String what) throws ConfigException {
            if (n instanceof ScalarNode s) return s.getValue().strip();
            throw error(n, "expected " + what + " here, not a list or a section.");
        }

        List<String> strings(Node n, String key) throws ConfigException {
            if (!(n instanceof SequenceNode seq)) throw error(n, key + " must be a list, e.g. " + key + ": [a, b].");
            List<String> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                String s = scalar(item, "a text value in " + key);
                if (s.isEmpty()) throw error(item, key + " has an empty entry.");
                out.add(s);
            }
            return out;
        }

        List<String> markets(Node n) throws ConfigException {
            List<String> out = new ArrayList<>();
            for (String m : strings(n, "markets")) {
                String code = m.toUpperCase(Locale.ROOT);
                String wrong = MarketCodes.whyNot(m);
                if (wrong != null) throw error(n, "markets: " + wrong);
                out.add(code);
            }
            return out;
        }

        Severity failOn(Node n) throws ConfigException {
            Severity s = Severity.parse(scalar(n, "fail_on"));
            if (s == null) throw error(n, "fail_on must be error, warning, info or never.");
            return s;
        }

        List<Config.RuleLevel> rules(Node n) throws ConfigException {
            if (!(n instanceof MappingNode map)) {
                throw error(n, "rules must map rule ids to off, info, warning or error, e.g. rules: {brief/missing-audience: warning}.");
            }
            unique(map, "rule");
            List<Config.RuleLevel> out = new ArrayList<>();
            for (NodeTuple t : map.getValue()) {
                String id = scalar(t.getKeyNode(), "a rule id");
                // YAML reads a bare 'off' as the boolean false
                String level = scalar(t.getValueNode(), "off, info, warning or error").toLowerCase(Locale.ROOT);
                if (level.equals("off") || level.equals("false")) {
                    out.add(new Config.RuleLevel(id, null, t.getKeyNode().getStartMark().getLine() + 1));
                    continue;
                }
                Severity s = Severity.parse(level);
                if (s == null || s == Severity.NEVER) {
                    throw error(t.getValueNode(), "the level of " + id + " must be off, info, warning or error, not '" + level + "'.");
                }
                out.add(new Config.RuleLevel(id, s, t.getKeyNode().getStartMark().getLine() + 1));
            }
            return out;
        }

        List<Path> folders(Node n, Path base) throws ConfigException {
            List<String> names = strings(n, "extra_rules");
            List<Path> out = new ArrayList<>();
            for (int i = 0; i < names.size(); i++) {
                Path dir = base.resolve(names.get(i));
                if (!Files.isDirectory(dir)) {
                    throw error(((SequenceNode) n).getValue().get(i), "extra_rules names " + names.get(i)
                            + ", which is not a folder (it is read relative to this file).");
                }
                out.add(dir);
            }
            return out;
        }

        List<String> globs(Node n, String key) throws ConfigException {
            List<String> out = strings(n, key);
            for (int i = 0; i < out.size(); i++) checkGlob(((SequenceNode) n).getValue().get(i), out.get(i));
            return out;
        }

        void checkGlob(Node at, String glob) throws ConfigException {
            try {
                FileSystems.getDefault().getPathMatcher("glob:" + glob);
            } catch (IllegalArgumentException e) {
                throw error(at, "'" + glob + "' is not a valid file pattern (" + e.getMessage() + ").");
            }
        }

        List<Waiver> waivers(Node n) throws ConfigException {
            if (!(n instanceof SequenceNode seq)) {
                throw error(n, "waivers must be a list of {rule, path, reason, expires}.");
            }
            List<Waiver> out = new ArrayList<>();
            for (Node item : seq.getValue()) {
                if (!(item instanceof MappingNode m)) throw error(item, "a waiver is {rule, path, reason, expires}.");
                unique(m, "waiver field");
                String rule = null, path = null, reason = null;
                LocalDate expires = null;
                for (NodeTuple t : m.getValue()) {
                    String key = scalar(t.getKeyNode(), "a waiver field");
                    if (!WAIVER_KEYS.contains(key)) {
                        throw error(t.getKeyNode(), "unknown waiver field '" + key + "'; a waiver has rule, path, reason and expires.");
                    }
                    String value = scalar(t.getValueNode(), key);
                    switch (key) {
                        case "rule" -> rule = value;
                        case "path" -> {
                            checkGlob(t.getValueNode(), value);
                            path = value;
                        }
                        case "reason" -> reason = value;
                        default -> {
                            try {
                                expires = LocalDate.parse(value);
                            } catch (DateTimeParseException e) {
                                throw error(t.getValueNode(), "expires must be a date such as 2027-06-30, not '" + value + "'.");
                            }
                        }
                    }
                }
                if (rule == null || rule.isEmpty()) throw error(item, "this waiver names no rule (rule: ID).");
                if (reason == null || reason.isEmpty()) {
                    throw error(item, "the waiver for " + rule + " gives no reason; say why it is acceptable (reason: ...).");
                }
                if (expires == null) {
                    throw error(item, "the waiver for " + rule + " has no end date, so it would hide its findings for ever; "
                            + "add the last day it holds, expires: YYYY-MM-DD (e.g. the end of the campaign).");
                }
                out.add(new Waiver(rule, path, reason, expires, item.getStartMark().getLine() + 1));
            }
            return out;
        }
    }
}
