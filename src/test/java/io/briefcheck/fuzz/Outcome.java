package io.briefcheck.fuzz;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * What one run of {@code briefcheck check} gave: exit code, what it printed, the JSON report (null
 * when it printed none), the text report when one was asked for, and what the run cost.
 */
record Outcome(int exit, String out, String err, JsonNode report, String text, long nanos, long allocated) {

    /** The findings of a rule (or of every rule starting with it), in report order. */
    List<JsonNode> findings(String rule) {
        List<JsonNode> out = new ArrayList<>();
        if (report == null) return out;
        for (JsonNode f : report.get("findings")) {
            String id = f.get("rule").asText();
            if (id.equals(rule) || id.startsWith(rule + "/")) out.add(f);
        }
        return out;
    }

    /** The findings of a rule at one document of the file named {@code file} (a path as given). */
    List<JsonNode> findings(String rule, String file, int index) {
        return findings(rule).stream()
                .filter(f -> documentFile(f).equals(file) && f.get("index").asInt() == index).toList();
    }

    /** The file of the document a JSON finding belongs to: {@code document} when it points into another file (subtitles). */
    static String documentFile(JsonNode finding) {
        return finding.has("document") ? finding.get("document").asText() : finding.get("file").asText();
    }

    /** The characters of the report's findings about one file (a run may check other files too). */
    long reportedChars(String file) {
        long n = 0;
        if (report == null) return n;
        for (JsonNode f : report.get("findings")) if (documentFile(f).equals(file)) n += f.toString().length();
        return n;
    }

    /** The report's entry for a document, or null. */
    JsonNode document(String file, int index) {
        if (report == null) return null;
        for (JsonNode d : report.get("documents")) {
            if (d.get("file").asText().equals(file) && d.get("index").asInt() == index) return d;
        }
        return null;
    }

    /** Fails with {@code what}, the exit code and the start of stderr unless {@code ok}. */
    void require(boolean ok, String what) {
        if (!ok) throw new AssertionError(what + " (exit " + exit + (err.isEmpty() ? "" : ", stderr: " + cut(err)) + ")");
    }

    static String cut(String s) {
        return s.length() <= 300 ? s : s.substring(0, 300) + "… (" + s.length() + " characters)";
    }
}
