package io.briefcheck.report;

import java.util.List;

/**
 * One problem in one document: what ({@code rule}, {@code message}), where ({@code file}, document
 * {@code index}, {@code line}, {@code column}, field {@code path}, optional {@code span}), how bad,
 * and how to fix it. {@code market} is set by rules that apply to one market only.
 */
public record Finding(String rule, Severity severity, String message, String file, int index, int line,
                      int column, String path, Span span, String fix, String market, List<String> references) {
}
