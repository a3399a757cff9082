package io.briefcheck;

/** A US Instagram caption at the platform's limit of 2,200 characters with "#ad" last, and the caption its fix suggests. */
public final class LongCaption {

    public static final String TEXT;
    public static final String FIXED;

    static {
        String words = "Slow Sunday with the new serum, clean sheets and coffee. ".repeat(38);
        String body = words + "x".repeat(2200 - " #ad".length() - words.length());
        TEXT = body + " #ad";
        FIXED = "#ad " + body;
    }

    private LongCaption() {
    }

    /** The post as YAML. */
    public static String post() {
        return "kind: post\nplatform: instagram\nformat: post\nmarket: US\nconnection: paid\ncaption: \"" + TEXT + "\"\n";
    }
}
