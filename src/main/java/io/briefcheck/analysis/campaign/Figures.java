package io.briefcheck.analysis.campaign;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Numbers as messages show them, the same on every machine: "5.7 %", "48,000", "0.43". */
public final class Figures {
    private Figures() {
    }

    /** A percentage with one decimal: 5.675 → "5.7 %". */
    public static String pct(double v) {
        return format("#,##0.0", v) + " %";
    }

    /** A whole count with thousands separators: 48000 → "48,000". */
    public static String count(double v) {
        return format("#,##0", v);
    }

    /** An amount of money without currency, two decimals when it has cents: 20 → "20", 0.428 → "0.43". */
    public static String money(double v) {
        return Math.rint(v) == v ? format("#,##0", v) : format("#,##0.00", v);
    }

    /** A number as the user would write it: 1.5 → "1.5", 2 → "2". */
    public static String plain(double v) {
        return format("#,##0.##", v);
    }

    /** One format per pattern and thread (a DecimalFormat is not thread-safe, and slow to make once per number). */
    private static final ThreadLocal<Map<String, DecimalFormat>> FORMATS = ThreadLocal.withInitial(HashMap::new);

    private static String format(String pattern, double v) {
        return FORMATS.get().computeIfAbsent(pattern, p -> new DecimalFormat(p, DecimalFormatSymbols.getInstance(Locale.ROOT))).format(v);
    }
}
