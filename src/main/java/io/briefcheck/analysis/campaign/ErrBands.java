package io.briefcheck.analysis.campaign;

import io.briefcheck.engine.RuleData;

/**
 * The engagement-rate-by-reach bands of {@code rules/data/results.yaml} ({@code err.solid},
 * {@code err.exceptional}): the one place that says whether an ERR is low, solid or exceptional.
 * The rules and the report read the band from {@link PostMetrics#errBand()}.
 */
record ErrBands(double solid, double exceptional) {

    static ErrBands from(RuleData data) {
        return new ErrBands(data.number("results.err.solid"), data.number("results.err.exceptional"));
    }

    /** "low" under solid, "exceptional" above exceptional, else "solid"; null without an ERR. */
    String of(Double err) {
        if (err == null) return null;
        return err < solid ? "low" : err > exceptional ? "exceptional" : "solid";
    }
}
