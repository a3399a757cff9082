package io.briefcheck.load;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The real dates a text in another order than year-month-day can mean: "13/01/2026" is 13 January,
 * "2026/1/5" is 5 January, "12/01/2026" is 1 December or 12 January. With the year last, the reading
 * usual for the separator comes first: month/day/year with slashes (as in the US), day-month-year with
 * dashes or dots (as in most of Europe). Two-digit years are not guessed.
 */
final class DateReadings {

    /** One reading: the date, and the order it takes the text in ("day/month/year"); null for year first. */
    record Reading(LocalDate date, String order) {
        String iso() {
            return date.toString();
        }

        String spoken() {
            return date.format(SPOKEN);
        }
    }

    private static final DateTimeFormatter SPOKEN = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);
    private static final Pattern YEAR_LAST = Pattern.compile("(\\d{1,2})([-/.])(\\d{1,2})\\2(\\d{4})");
    private static final Pattern YEAR_FIRST = Pattern.compile("(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})");

    private DateReadings() {
    }

    /** The readings of {@code text} that are real dates, the likelier first; none when it is no date at all. */
    static List<Reading> of(String text) {
        List<Reading> out = new ArrayList<>();
        Matcher first = YEAR_FIRST.matcher(text);
        if (first.matches()) {
            add(out, num(first, 1), num(first, 3), num(first, 4), null);
            return out;
        }
        Matcher last = YEAR_LAST.matcher(text);
        if (!last.matches()) return out;
        String sep = last.group(2);
        int a = num(last, 1), b = num(last, 3), year = num(last, 4);
        String dayFirst = "day" + sep + "month" + sep + "year";
        String monthFirst = "month" + sep + "day" + sep + "year";
        if (sep.equals("/")) {
            add(out, year, a, b, monthFirst);
            add(out, year, b, a, dayFirst);
        } else {
            add(out, year, b, a, dayFirst);
            add(out, year, a, b, monthFirst);
        }
        return out;
    }

    private static void add(List<Reading> out, int year, int month, int day, String order) {
        try {
            LocalDate d = LocalDate.of(year, month, day);
            if (out.stream().noneMatch(r -> r.date().equals(d))) out.add(new Reading(d, order));
        } catch (DateTimeException e) {
            // not a real date in this order: no reading
        }
    }

    private static int num(Matcher m, int group) {
        return Integer.parseInt(m.group(group));
    }
}
