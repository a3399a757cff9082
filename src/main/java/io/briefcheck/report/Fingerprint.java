package io.briefcheck.report;

import io.briefcheck.core.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A finding's identity that survives edits elsewhere in the file: rule, file, field path and the text
 * it is about (the value at the path, else the source line), whitespace-normalised. Line numbers are
 * left out on purpose, so adding a line above a finding does not make it new.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(Finding f) {
        return hash(f.rule() + "\u0000" + f.file() + "\u0000" + f.path() + "\u0000" + text(f));
    }

    /** The finding's text alone (without rule, file and path), as stored in a baseline. */
    public static String ofText(Finding f) {
        return hash(text(f));
    }

    private static String text(Finding f) {
        String t = f.value() != null ? f.value() : f.lineText() != null ? f.lineText() : "";
        return t.strip().replaceAll("\\s+", " ");
    }

    private static String hash(String s) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
