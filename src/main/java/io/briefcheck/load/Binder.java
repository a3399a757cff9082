package io.briefcheck.load;

import io.briefcheck.model.Amount;
import io.briefcheck.model.Attachment;
import io.briefcheck.model.Coded;
import io.briefcheck.model.FieldNames;
import io.briefcheck.model.MarketCode;
import io.briefcheck.model.Required;
import io.briefcheck.model.Source;
import io.briefcheck.model.Timestamp;
import io.briefcheck.model.Video;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Binds a YAML tree to the model's records. The records are the schema: a component {@code keyMessages}
 * is the field {@code key_messages}, its Java type says what values are allowed, {@link Required}
 * marks required fields. Every mismatch becomes a {@link Problem} with the position of the value;
 * a bad value is left out (null) so the rest of the document can still be checked.
 */
final class Binder {

    private static final Map<Class<?>, Shape> SHAPES = new ConcurrentHashMap<>();
    private static final Pattern NUMBER_WITH_PERCENT = Pattern.compile("\\s*(-?\\d+(?:[.,]\\d+)?)\\s*(%?)\\s*");
    private static final Pattern CLOCK = Pattern.compile("(?:(\\d+):)?(\\d{1,2}):(\\d{2}(?:\\.\\d+)?)");
    /** YAML's infinity and not-a-number ({@code .inf}, {@code -.Inf}, {@code .NaN}). */
    private static final Pattern NOT_FINITE = Pattern.compile("[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");
    /** The largest figure a count or an amount may have: 10^15, far above any real one, far below overflow. */
    static final double MAX_NUMBER = 1e15;
    private static final Pattern SECONDS = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*s?");

    private final List<Problem> problems;
    private final Attachments attachments;
    private final SubtitleTranscripts subtitles;

    Binder(List<Problem> problems, Attachments attachments, SubtitleTranscripts subtitles) {
        this.problems = problems;
        this.attachments = attachments;
        this.subtitles = subtitles;
    }

    /** The YAML field names a record accepts, in declaration order. */
    static List<String> fieldNames(Class<?> type) {
        return shape(type).fields.stream().map(f -> f.yamlName).toList();
    }

    <T> T bind(Class<T> type, YNode.Mapping node, Source source, Set<String> alsoKnown) {
        Shape shape = shape(type);
        for (YNode.Entry e : node.fields().values()) {
            if (shape.byName(e.key()) == null && !alsoKnown.contains(e.key())) {
                unknownField(shape, e, source);
            }
        }
        for (YNode.Entry e : node.duplicates()) {
            problems.add(new Problem(InputRule.INVALID_VALUE, e.keyAt(), source.resolve(e.key()),
                    "The field '" + e.key() + "' is written twice in the same section; only the first one counts.",
                    "Keep one '" + e.key() + ":' and delete the other."));
        }
        Object[] args = new Object[shape.fields.size() + 1];
        args[0] = source;
        for (int i = 0; i < shape.fields.size(); i++) {
            Field f = shape.fields.get(i);
            YNode.Entry e = node.fields().get(f.yamlName);
            Source childSource = source.child(f.yamlName);
            if (e == null || (e.value() instanceof YNode.Scalar s && s.isNull() && f.raw != String.class)) {
                if (f.required && e == null) {
                    problems.add(new Problem(InputRule.MISSING_FIELD, node.at(), childSource.path(),
                            "The required field '" + f.yamlName + "' is missing" + where(source) + ".",
                            "Add '" + f.yamlName + ":' with " + expectation(f.type) + "."));
                }
                args[i + 1] = List.class.equals(f.raw) ? List.of() : null;
                continue;
            }
            YNode value = f.market ? markets(f.yamlName, e.value(), childSource) : e.value();
            args[i + 1] = value == null ? null : convert(f.type, f.yamlName, value, childSource);
            if (args[i + 1] == null && List.class.equals(f.raw)) args[i + 1] = List.of();
        }
        return construct(shape, args);
    }

    /**
     * The market codes of a field, without those that name no country (each reported); null when
     * nothing is left of a single code.
     */
    private YNode markets(String name, YNode node, Source source) {
        if (node instanceof YNode.Scalar s) {
            if (s.isNull() || MarketCodes.valid(s.text())) return node;
            problems.add(MarketCodes.problem(name, s, source.path()));
            return null;
        }
        if (!(node instanceof YNode.Seq seq)) return node;
        List<YNode> kept = new ArrayList<>();
        for (int i = 0; i < seq.items().size(); i++) {
            YNode item = seq.items().get(i);
            if (item instanceof YNode.Scalar s && !s.isNull() && !MarketCodes.valid(s.text())) {
                problems.add(MarketCodes.problem(name, s, source.item(i).path()));
            } else {
                kept.add(item);
            }
        }
        return kept.size() == seq.items().size() ? node : new YNode.Seq(kept, seq.at());
    }

    private static String where(Source source) {
        return source.path().isEmpty() ? "" : " in '" + source.path() + "'";
    }

    private void unknownField(Shape shape, YNode.Entry e, Source source) {
        List<String> names = shape.fields.stream().map(f -> f.yamlName).toList();
        String guess = Suggest.closest(e.key(), names);
        String message = "briefcheck does not know the field '" + e.key() + "'" + where(source)
                + (guess != null ? "; did you mean '" + guess + "'?" : "; it is ignored.");
        String fix = guess != null ? "Rename it to '" + guess + "'."
                : "Remove it, or use one of: " + String.join(", ", names) + ".";
        problems.add(new Problem(InputRule.UNKNOWN_FIELD, e.keyAt(), source.resolve(e.key()), message, fix));
    }

    private Object convert(Type type, String name, YNode node, Source source) {
        Class<?> raw = rawClass(type);
        if (List.class.equals(raw)) {
            Type item = ((ParameterizedType) type).getActualTypeArguments()[0];
            List<YNode> items = node instanceof YNode.Seq seq ? seq.items()
                    : node instanceof YNode.Scalar s && s.isNull() ? List.of() : List.of(node);
            if (node instanceof YNode.Mapping && !rawClass(item).isRecord()) {
                return invalid(node, source, "'" + name + "' should be a list", "Write it as a list, e.g. " + name + ": [first, second].");
            }
            List<Object> out = new ArrayList<>(items.size());
            for (int i = 0; i < items.size(); i++) {
                Object v = convert(item, name, items.get(i), node instanceof YNode.Seq ? source.item(i) : source);
                if (v != null) out.add(v);
            }
            return List.copyOf(out);
        }
        if (raw == Attachment.class) {
            if (node instanceof YNode.Scalar s && !s.text().isBlank()) {
                Attachments.Found found = attachments.find(s.text().strip());
                if (found.problem() != null) {
                    problems.add(new Problem(InputRule.MISSING_FILE, s.at(), source.path(), found.problem(), found.fix()));
                }
                return new Attachment(source, s.text().strip(), found.path());
            }
            return invalid(node, source, "'" + name + "' should be the name of a file, not " + node.describe(),
                    "Write the file's name after '" + name + ":', e.g. " + name + ": frame1.png (next to this file).");
        }
        if (raw.isRecord() && raw != Amount.class && raw != Timestamp.class) {
            if (node instanceof YNode.Mapping m) {
                Object bound = bind(raw, m, source, Set.of());
                return bound instanceof Video v ? subtitles.read(v, m) : bound;
            }
            return invalid(node, source, "'" + name + "' should be " + expectation(type) + ", not " + node.describe(),
                    "Give '" + name + "' its own fields, indented below it (" + String.join(", ", fieldNames(raw)) + ").");
        }
        if (!(node instanceof YNode.Scalar s)) {
            return invalid(node, source, "'" + name + "' should be " + expectation(type) + ", not " + node.describe(),
                    "Write a single value after '" + name + ":'.");
        }
        if (s.isNull()) return null;
        String text = s.text().strip();
        if (raw == String.class) return s.text();
        if (raw == Integer.class || raw == Long.class || raw == Double.class) return number(raw, name, s, text, source);
        if (raw == Boolean.class) {
            String t = text.toLowerCase(Locale.ROOT);
            if (Set.of("true", "yes", "on").contains(t)) return Boolean.TRUE;
            if (Set.of("false", "no", "off").contains(t)) return Boolean.FALSE;
            if (t.equals("unknown")) return null; // the same as leaving it out
            return invalid(s, source, "'" + name + "' should be true or false, not \"" + text + "\"", "Write true, false or unknown.");
        }
        if (raw == LocalDate.class) {
            try {
                return LocalDate.parse(text.length() > 10 && text.charAt(10) == 'T' ? text.substring(0, 10) : text);
            } catch (DateTimeParseException e) {
                return otherOrder(s, name, text, source);
            }
        }
        if (raw.isEnum()) return enumValue(raw, name, s, text, source);
        if (raw == Amount.class) {
            Matcher m = NUMBER_WITH_PERCENT.matcher(text);
            if (m.matches()) {
                double v = Double.parseDouble(m.group(1).replace(',', '.'));
                if (v > MAX_NUMBER) return tooLarge(s, name, text, source);
                if (v < 0) return invalid(s, source, "'" + name + "' cannot be negative (" + text + ")", "Use a positive target.");
                return new Amount(v, !m.group(2).isEmpty(), text);
            }
            return invalid(s, source, "'" + name + "' is \"" + text + "\"; a target must be a number or a percentage",
                    "Write a number (5000) or a percentage (\"4%\").");
        }
        if (raw == Timestamp.class) {
            Matcher clock = CLOCK.matcher(text);
            if (clock.matches()) {
                double h = clock.group(1) == null ? 0 : Double.parseDouble(clock.group(1));
                double sec = h * 3600 + Double.parseDouble(clock.group(2)) * 60 + Double.parseDouble(clock.group(3));
                return sec > MAX_NUMBER ? tooLarge(s, name, text, source) : new Timestamp(sec, text);
            }
            Matcher secs = SECONDS.matcher(text);
            if (secs.matches()) {
                double sec = Double.parseDouble(secs.group(1));
                return sec > MAX_NUMBER ? tooLarge(s, name, text, source) : new Timestamp(sec, text);
            }
            return invalid(s, source, "'" + name + "' is \"" + text + "\", which is not a time in the video",
                    "Write minutes:seconds (\"0:03\"), hours:minutes:seconds (\"1:02:03\") or seconds (3).");
        }
        throw new IllegalStateException("no conversion for " + type);
    }

    /**
     * A date that is not year-month-day: its one reading, or both when day and month could be either way
     * round (the usual order for the separator first), each as the year-month-day to write instead.
     */
    private Object otherOrder(YNode.Scalar s, String name, String text, Source source) {
        List<DateReadings.Reading> readings = DateReadings.of(text);
        String is = "'" + name + "' is \"" + text + "\"";
        if (readings.isEmpty()) {
            return invalid(s, source, is + ", which is not a real date", "Write the date as year-month-day, e.g. 2027-03-15.");
        }
        DateReadings.Reading first = readings.get(0);
        if (readings.size() == 1) {
            return invalid(s, source, is + ", which reads as " + first.spoken()
                    + (first.order() != null ? " (" + first.order() + ")" : "") + "; write it as " + first.iso(),
                    "Write dates as year-month-day: " + first.iso() + ".");
        }
        DateReadings.Reading second = readings.get(1);
        return invalid(s, source, is + ", which could be " + first.spoken() + " (" + first.order() + ") or "
                        + second.spoken() + " (" + second.order() + "); write it as " + first.iso() + " or " + second.iso()
                        + ", whichever is meant",
                "Write dates as year-month-day: " + first.iso() + " for " + first.spoken() + ", " + second.iso() + " for "
                        + second.spoken() + ".");
    }

    private Object number(Class<?> raw, String name, YNode.Scalar s, String text, Source source) {
        boolean whole = raw != Double.class;
        String t = text.replace("_", "");
        if (NOT_FINITE.matcher(t).matches()) {
            return invalid(s, source, "'" + name + "' is " + text + ", which is not a figure briefcheck can use (it is infinite or not a number)",
                    "Write the figure itself, e.g. " + name + ": " + (whole ? "48000" : "12.5") + ".");
        }
        Number value;
        try {
            if (whole) {
                if (!"int".equals(s.type()) && !t.matches("-?\\d+")) throw new NumberFormatException();
                // more digits than 10^15 has (after leading zeros) is too large, without parsing a hostile number
                if (t.replaceFirst("^[-+]?0*", "").length() > 16) return tooLarge(s, name, text, source);
                value = Long.parseLong(t);
            } else {
                if (!Set.of("int", "float").contains(s.type()) && !t.matches("-?\\d+(\\.\\d+)?")) throw new NumberFormatException();
                value = Double.parseDouble(t);
            }
        } catch (NumberFormatException e) {
            String example = whole ? "48000" : "12.5";
            return invalid(s, source, "'" + name + "' should be " + (whole ? "a whole number" : "a number")
                    + ", not \"" + text + "\"", "Write the number without words or units, e.g. " + name + ": " + example + ".");
        }
        if (Math.abs(value.doubleValue()) > MAX_NUMBER) return tooLarge(s, name, text, source);
        if (value.doubleValue() < 0) {
            return invalid(s, source, "'" + name + "' cannot be negative (" + text + ")", "Use zero or a positive number.");
        }
        if (name.endsWith("_pct") && value.doubleValue() > 100) {
            return invalid(s, source, "'" + name + "' is a percentage and cannot be over 100 (" + text + ")",
                    "Write the percentage as a number from 0 to 100.");
        }
        if (raw == Integer.class) {
            if (value.longValue() > Integer.MAX_VALUE) {
                return invalid(s, source, "'" + name + "' is too large (" + text + ")", "Check the number.");
            }
            return value.intValue();
        }
        if (raw == Long.class) return Long.valueOf(value.longValue());
        return Double.valueOf(value.doubleValue());
    }

    /** A value beyond {@link #MAX_NUMBER}: no real count or amount is that large, and sums of it would overflow. */
    private Object tooLarge(YNode.Scalar s, String name, String text, Source source) {
        return invalid(s, source, "'" + name + "' is " + text + ", more than briefcheck can count (up to 1,000,000,000,000,000)",
                "Check the number: write the figure as the platform or the contract gives it, without extra digits.");
    }

    private Object enumValue(Class<?> raw, String name, YNode.Scalar s, String text, Source source) {
        String wanted = text.toLowerCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        List<String> codes = new ArrayList<>();
        for (Object c : raw.getEnumConstants()) {
            String code = ((Coded) c).code();
            if (code.equals(wanted)) return c;
            codes.add(code);
        }
        String guess = Suggest.closest(text, codes);
        return invalid(s, source, "'" + name + "' is \"" + text + "\", which briefcheck does not know"
                        + (guess != null ? "; did you mean '" + guess + "'?" : ""),
                "Use one of: " + String.join(", ", codes) + ".");
    }

    private Object invalid(YNode node, Source source, String message, String fix) {
        String sentence = message.endsWith("?") ? message : message + ".";
        problems.add(new Problem(InputRule.INVALID_VALUE, node.at(), source.path(), sentence, fix));
        return null;
    }

    static String expectation(Type type) {
        Class<?> raw = rawClass(type);
        if (List.class.equals(raw)) return "a list";
        if (raw == String.class) return "some text";
        if (raw == Integer.class || raw == Long.class) return "a whole number";
        if (raw == Double.class) return "a number";
        if (raw == Boolean.class) return "true or false";
        if (raw == LocalDate.class) return "a date (2027-03-15)";
        if (raw.isEnum()) {
            return "one of " + Arrays.stream(raw.getEnumConstants()).map(c -> ((Coded) c).code())
                    .collect(Collectors.joining(", "));
        }
        if (raw == Attachment.class) return "a file name";
        if (raw.isRecord()) return "a section with fields";
        return "a value";
    }

    private static Class<?> rawClass(Type type) {
        if (type instanceof Class<?> c) return c;
        return (Class<?>) ((ParameterizedType) type).getRawType();
    }

    @SuppressWarnings("unchecked")
    private static <T> T construct(Shape shape, Object[] args) {
        try {
            return (T) shape.constructor.newInstance(args);
        } catch (InstantiationException | IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot build " + shape.constructor.getDeclaringClass(), e);
        }
    }

    private static Shape shape(Class<?> type) {
        return SHAPES.computeIfAbsent(type, Shape::of);
    }

    private record Field(String yamlName, Class<?> raw, Type type, boolean required, boolean market) {
    }

    /** A record's fields, minus the leading {@code Source source} every model record has. */
    private record Shape(List<Field> fields, Constructor<?> constructor) {
        static Shape of(Class<?> type) {
            RecordComponent[] components = type.getRecordComponents();
            if (components == null || components.length == 0 || components[0].getType() != Source.class) {
                throw new IllegalArgumentException(type + " must be a record whose first component is Source");
            }
            List<Field> fields = new ArrayList<>();
            Class<?>[] types = new Class<?>[components.length];
            types[0] = Source.class;
            for (int i = 1; i < components.length; i++) {
                RecordComponent c = components[i];
                types[i] = c.getType();
                fields.add(new Field(FieldNames.yaml(c.getName()), c.getType(), c.getGenericType(),
                        c.isAnnotationPresent(Required.class), c.isAnnotationPresent(MarketCode.class)));
            }
            try {
                return new Shape(List.copyOf(fields), type.getDeclaredConstructor(types));
            } catch (NoSuchMethodException e) {
                throw new IllegalArgumentException(type + " has no canonical constructor", e);
            }
        }

        Field byName(String yamlName) {
            for (Field f : fields) if (f.yamlName.equals(yamlName)) return f;
            return null;
        }
    }
}
