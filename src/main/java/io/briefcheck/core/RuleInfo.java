package io.briefcheck.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule is, read from its metadata: {@code @id @severity @title @source} and the optional
 * {@code @why @bad @good} used by {@code briefcheck explain}.
 */
public record RuleInfo(String id, Severity severity, String title, String why, String source, String bad,
                       String good) {

    private static final Pattern URL = Pattern.compile("https?://[^\\s;,)]+");
    private static final Pattern FINAL_DOT = Pattern.compile("[.]$");
    /** The addresses by {@code @source} text: every finding of a rule cites them, so they are read out once. */
    private static final Map<String, List<String>> REFERENCES = new ConcurrentHashMap<>();

    public String namespace() {
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }

    /** The web addresses cited in {@code @source}. */
    public List<String> references() {
        if (source == null) return new ArrayList<>();
        return new ArrayList<>(REFERENCES.computeIfAbsent(source, s -> {
            List<String> out = new ArrayList<>();
            Matcher m = URL.matcher(s);
            while (m.find()) out.add(FINAL_DOT.matcher(m.group()).replaceAll(""));
            return List.copyOf(out);
        }));
    }
}
