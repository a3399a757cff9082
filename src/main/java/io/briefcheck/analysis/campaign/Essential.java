package io.briefcheck.analysis.campaign;

import java.util.Collection;
import java.util.Comparator;
import java.util.stream.Collectors;

/**
 * The elements a creator needs to act on a brief (mistake 7, the "have fun!" brief): without them a
 * brief is too vague to send. Which ones a brief lacks is decided in rules/brief/essentials.drl.
 */
public enum Essential {
    GOALS("goals"), AUDIENCE("target audience"), KEY_MESSAGES("key messages"), DELIVERABLES("deliverables"),
    TIMELINE("timeline"), PAYMENT_TERMS("payment terms");

    private final String words;

    Essential(String words) {
        this.words = words;
    }

    public String words() {
        return words;
    }

    /** "goals, key messages" for the missing elements, in this enum's order. */
    public static String list(Collection<Missing> missing) {
        return missing.stream().map(Missing::essential).distinct().sorted(Comparator.naturalOrder())
                .map(Essential::words).collect(Collectors.joining(", "));
    }

    /** How many essentials there are (the "of 6" in a message). */
    public static int count() {
        return values().length;
    }
}
