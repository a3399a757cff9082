package io.briefcheck.core;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a rule is, read from its metadata: {@code @id @severity @title @source} and the optional
 * {@code @why @bad @good} used by {@code briefcheck explain}.
 */
public record RuleInfo(String id, Severity severity, String title, String why, String source, String bad,
                       String good) {

    private static final Pattern URL = Pattern.compile("https?://[^\\s;,)]+");

    public String namespace() {
        int slash = id.indexOf('/');
        return slash < 0 ? id : id.substring(0, slash);
    }

    /** The web addresses cited in {@code @source}. */
    public List<String> references() {
        List<String> out = new ArrayList<>();
        if (source == null) return out;
        Matcher m = URL.matcher(source);
        while (m.find()) out.add(m.group().replaceAll("[.]$", ""));
        return out;
    }
}
