package io.briefcheck.analysis.disclosure;

/** Seconds as a viewer reads them: "0:42", "1:05:00". */
public final class Clock {
    private Clock() {
    }

    public static String text(double seconds) {
        long s = Math.round(seconds);
        if (s >= 3600) return String.format("%d:%02d:%02d", s / 3600, (s % 3600) / 60, s % 60);
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
