package io.briefcheck.core;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One problem in one document: what ({@code rule}, {@code message}), where ({@code file}, document
 * {@code index}, {@code line}, {@code column}, field {@code path}, optional {@code span}), how bad,
 * and how to fix it. {@code market} is set by rules that apply to one market only.
 * <p>
 * The optional tail is filled in after the rules ran: {@code lineText} (the source line the finding
 * points at), {@code value} (the text value at {@code path}, when it is one; {@code span} indexes into
 * it) and {@code suppression} (why the finding does not count, or null when it does).
 * {@code suggestion} is the whole rewritten text value (a fixed caption) when a rule offers one.
 * {@code related} holds the other rules that found the same cause at the same place with the same
 * fix, when the report says them once (empty otherwise). {@code box} is the place on a story frame or
 * video frame the finding is about (a label too small, or a frame without one), null for text.
 * <p>
 * {@code file}, {@code line}, {@code column} and {@code lineText} are where the finding is shown. That is
 * in the document's own file, except for a value the document took from a file it names (a transcript
 * read from its subtitles): then they are in that file, and {@code documentFile} is still the document's
 * file. The document a finding belongs to is {@code documentFile} and {@code index} (its status, its
 * suppression comments, the report's grouping); where it points is {@code file}.
 */
public record Finding(String rule, Severity severity, String message, String file, int index, int line,
                      int column, String path, Span span, String fix, String market, List<String> references,
                      String lineText, String value, Suppression suppression, String suggestion,
                      List<Related> related, String documentFile, Box box) {

    /** Another rule's reason for the same finding: its id, its severity and its message. */
    public record Related(String rule, Severity severity, String message) {

        // written out, as Finding's
        @Override
        public boolean equals(Object o) {
            return o == this || o instanceof Related other && severity == other.severity && Objects.equals(rule, other.rule)
                    && Objects.equals(message, other.message);
        }

        @Override
        public int hashCode() {
            return Objects.hash(rule, severity, message);
        }
    }

    public Finding {
        related = related == null ? List.of() : List.copyOf(related);
        if (documentFile == null) documentFile = file;
    }

    /** A finding shown in its document's own file, about no place on a picture. */
    public Finding(String rule, Severity severity, String message, String file, int index, int line, int column,
                   String path, Span span, String fix, String market, List<String> references, String lineText,
                   String value, Suppression suppression, String suggestion, List<Related> related) {
        this(rule, severity, message, file, index, line, column, path, span, fix, market, references, lineText, value,
                suppression, suggestion, related, file, null);
    }

    public Finding(String rule, Severity severity, String message, String file, int index, int line, int column,
                   String path, Span span, String fix, String market, List<String> references) {
        this(rule, severity, message, file, index, line, column, path, span, fix, market, references, null, null, null,
                null, List.of(), file, null);
    }

    /** True when the finding points into another file than its document's (the subtitles it names). */
    public boolean elsewhere() {
        return !file.equals(documentFile);
    }

    /** The same finding shown at {@code file}, {@code line} and {@code column}, its document staying in {@code documentFile}. */
    public Finding shownAt(String shown, int atLine, int atColumn) {
        return new Finding(rule, severity, message, shown, index, atLine, atColumn, path, span, fix, market, references,
                lineText, value, suppression, suggestion, related, documentFile, box);
    }

    /** True when the finding counts: it is not suppressed inline, by a waiver or by the baseline. */
    public boolean active() {
        return suppression == null;
    }

    public Finding withSeverity(Severity s) {
        return new Finding(rule, s, message, file, index, line, column, path, span, fix, market, references,
                lineText, value, suppression, suggestion, related, documentFile, box);
    }

    public Finding withText(String lineText, String value) {
        return new Finding(rule, severity, message, file, index, line, column, path, span, fix, market, references,
                lineText, value, suppression, suggestion, related, documentFile, box);
    }

    public Finding withSuppression(Suppression s) {
        return new Finding(rule, severity, message, file, index, line, column, path, span, fix, market, references,
                lineText, value, s, suggestion, related, documentFile, box);
    }

    public Finding withSuggestion(String text) {
        return new Finding(rule, severity, message, file, index, line, column, path, span, fix, market, references,
                lineText, value, suppression, text, related, documentFile, box);
    }

    public Finding withRelated(List<Related> reasons) {
        return new Finding(rule, severity, message, file, index, line, column, path, span, fix, market, references,
                lineText, value, suppression, suggestion, reasons, documentFile, box);
    }

    public Finding withBox(Box b) {
        return new Finding(rule, severity, message, file, index, line, column, path, span, fix, market, references,
                lineText, value, suppression, suggestion, related, documentFile, b);
    }

    /**
     * This finding and each related reason as a finding of its own, at the same place with this one's fix,
     * suggestion and references: one per rule, as the rules reported them (the baseline accepts rule by rule).
     */
    public List<Finding> unmerged() {
        if (related.isEmpty()) return List.of(this);
        List<Finding> out = new ArrayList<>(related.size() + 1);
        out.add(withRelated(List.of()));
        for (Related r : related) {
            out.add(new Finding(r.rule(), r.severity(), r.message(), file, index, line, column, path, span, fix, market,
                    references, lineText, value, suppression, suggestion, List.of(), documentFile, box));
        }
        return out;
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Finding other && index == other.index && line == other.line
                && column == other.column && severity == other.severity && Objects.equals(rule, other.rule)
                && Objects.equals(message, other.message) && Objects.equals(file, other.file)
                && Objects.equals(path, other.path) && Objects.equals(span, other.span) && Objects.equals(fix, other.fix)
                && Objects.equals(market, other.market) && Objects.equals(references, other.references)
                && Objects.equals(lineText, other.lineText) && Objects.equals(value, other.value)
                && Objects.equals(suppression, other.suppression) && Objects.equals(suggestion, other.suggestion)
                && Objects.equals(related, other.related) && Objects.equals(documentFile, other.documentFile)
                && Objects.equals(box, other.box);
    }

    /** Reads every component: the engine tells findings left out of a long list apart by their hash (engine/Findings). */
    @Override
    public int hashCode() {
        return Objects.hash(rule, severity, message, file, index, line, column, path, span, fix, market, references,
                lineText, value, suppression, suggestion, related, documentFile, box);
    }
}
