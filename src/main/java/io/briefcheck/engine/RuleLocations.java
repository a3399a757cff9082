package io.briefcheck.engine;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.definition.rule.Rule;

/**
 * Where each rule is written: its DRL file as users know it and the line of its {@code rule "name"},
 * found by reading the folders' text (Drools keeps neither once compiled), for findings about a rule
 * that failed.
 */
final class RuleLocations {

    private static final Pattern PACKAGE = Pattern.compile("^\\s*package\\s+([\\w.]+)\\s*;?", Pattern.MULTILINE);
    private static final Pattern RULE = Pattern.compile("^[ \\t]*rule[ \\t]+(?:\"((?:[^\"\\\\]|\\\\.)*)\"|'([^']*)'|(\\S+))", Pattern.MULTILINE);

    private final Supplier<List<RuleFolder>> folders;
    private volatile Map<String, String> byRule;

    private RuleLocations(Supplier<List<RuleFolder>> folders) {
        this.folders = folders;
    }

    /** The folders' rules; they are read when a rule first fails (most runs never need it). */
    static RuleLocations of(Supplier<List<RuleFolder>> folders) {
        return new RuleLocations(folders);
    }

    private Map<String, String> byRule() {
        Map<String, String> known = byRule;
        if (known != null) return known;
        Map<String, String> out = new HashMap<>();
        for (RuleFolder folder : folders.get()) {
            for (RuleFile f : folder.drlFiles()) {
                String text = f.text();
                Matcher p = PACKAGE.matcher(text);
                String pkg = p.find() ? p.group(1) : "";
                Matcher r = RULE.matcher(text);
                int line = 1;
                int counted = 0;
                while (r.find()) {
                    String name = r.group(1) != null ? r.group(1) : r.group(2) != null ? r.group(2) : r.group(3);
                    for (; counted < r.start(); counted++) if (text.charAt(counted) == '\n') line++;
                    out.putIfAbsent(pkg + "/" + name, f.displayPath() + ":" + line);
                }
            }
        }
        byRule = Map.copyOf(out);
        return byRule;
    }

    /** "rules/x.drl:12", or the rule's package when its file is not known. */
    String of(Rule rule) {
        return byRule().getOrDefault(rule.getPackageName() + "/" + rule.getName(), "package " + rule.getPackageName());
    }
}
