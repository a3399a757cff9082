package io.briefcheck.analysis.campaign;

import io.briefcheck.engine.Deriver;
import io.briefcheck.engine.RuleData;
import io.briefcheck.model.FieldNames;
import io.briefcheck.model.Located;
import io.briefcheck.model.Nfkc;
import io.briefcheck.model.RunSettings;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a {@link Placeholder} for every text field of every document, at any depth, that holds a
 * template's example value or an address on an example domain. Fields are compared whole, so "Your
 * Brand Co" is no template value.
 */
public final class PlaceholderDeriver implements Deriver {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@([^@\\s/]+)");
    private static final Pattern URL = Pattern.compile("(?i)(?:https?://|www\\.)([^/\\s:?#]+).*");

    /** A record's components with their YAML names and accessors, read once per record class. */
    private record Field(String name, java.lang.reflect.Method accessor) {
    }

    private static final ClassValue<List<Field>> FIELDS = new ClassValue<>() {
        @Override
        protected List<Field> computeValue(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null) return List.of();
            List<Field> out = new ArrayList<>();
            for (RecordComponent c : components) out.add(new Field(FieldNames.yaml(c.getName()), c.getAccessor()));
            return List.copyOf(out);
        }
    };

    /** The template values and example domains of the last rule data seen (normally one per process). */
    private record Lists(RuleData data, Set<String> templateValues, List<String> domains) {
    }

    private volatile Lists last;

    @Override
    public List<Object> derive(List<Located> facts, RunSettings settings, RuleData data) {
        Lists lists = last;
        if (lists == null || lists.data() != data) {
            Set<String> templateValues = new HashSet<>();
            for (String v : data.strings("text.template_values")) templateValues.add(compact(v));
            List<String> domains = data.strings("text.example_domains").stream().map(d -> d.toLowerCase(Locale.ROOT)).toList();
            last = lists = new Lists(data, templateValues, domains);
        }
        List<Object> out = new ArrayList<>();
        for (Located f : facts) walk(f, lists.templateValues(), lists.domains(), out);
        return out;
    }

    /** Every text of a record, and of the records inside it; other values are no text to fill in. */
    private static void walk(Located owner, Set<String> templateValues, List<String> domains, List<Object> out) {
        for (Field c : FIELDS.get(owner.getClass())) {
            Object value = read(c, owner);
            String name = c.name();
            if (value instanceof String s) {
                check(owner, name, s, templateValues, domains, out);
            } else if (value instanceof Located child) {
                walk(child, templateValues, domains, out);
            } else if (value instanceof List<?> list) {
                for (int i = 0; i < list.size(); i++) {
                    Object item = list.get(i);
                    if (item instanceof String s) check(owner, name + "[" + i + "]", s, templateValues, domains, out);
                    else if (item instanceof Located child) walk(child, templateValues, domains, out);
                }
            }
        }
    }

    private static void check(Located owner, String path, String text, Set<String> templateValues, List<String> domains,
                              List<Object> out) {
        if (templateValues.contains(compact(text))) {
            out.add(new Placeholder(owner, path, text, null));
            return;
        }
        String domain = exampleDomain(text.strip(), domains);
        if (domain != null) out.add(new Placeholder(owner, path, text, domain));
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern CLOSING_PUNCTUATION = Pattern.compile("[.,;:!]+$");

    /** Text as template values are compared: case, outer spaces and a closing full stop or comma do not count. */
    static String compact(String text) {
        if (Nfkc.isAscii(text)) return compactAscii(text);
        String t = SPACES.matcher(Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).strip()).replaceAll(" ");
        return CLOSING_PUNCTUATION.matcher(t).replaceAll("");
    }

    /** {@link #compact} for plain ASCII (most fields), without normalizing or regular expressions: the same steps by hand. */
    private static String compactAscii(String text) {
        String t = text.toLowerCase(Locale.ROOT).strip();
        StringBuilder out = new StringBuilder(t.length());
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!isRegexSpace(c)) out.append(c);
            else if (i == 0 || !isRegexSpace(t.charAt(i - 1))) out.append(' ');
        }
        int end = out.length();
        while (end > 0 && ".,;:!".indexOf(out.charAt(end - 1)) >= 0) end--;
        return out.substring(0, end);
    }

    /** What {@code \\s} matches. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    /** The reserved domain a web or e-mail address is on (the domain itself or below it), or null. */
    static String exampleDomain(String text, List<String> domains) {
        // Only an e-mail address has an "@", and only a web address starts "http" or "www.": most texts are neither.
        boolean email = text.indexOf('@') >= 0;
        if (!email && !text.regionMatches(true, 0, "http", 0, 4) && !text.regionMatches(true, 0, "www.", 0, 4)) return null;
        Matcher m = EMAIL.matcher(text);
        Matcher u = URL.matcher(text);
        String host = email && m.matches() ? m.group(1) : u.matches() ? u.group(1) : null;
        if (host == null) return null;
        host = host.toLowerCase(Locale.ROOT);
        for (String d : domains) if (host.equals(d) || host.endsWith("." + d)) return d;
        return null;
    }

    private static Object read(Field c, Object record) {
        try {
            return c.accessor().invoke(record);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + c.name() + " of " + record.getClass().getSimpleName(), e);
        }
    }
}
