package io.briefcheck.analysis.campaign;

import io.briefcheck.model.Brief;
import io.briefcheck.model.Industry;
import io.briefcheck.model.Located;
import io.briefcheck.model.Results;
import io.briefcheck.model.Source;

/**
 * The figures of one {@code kind: results} document, computed once for the rules and the report's
 * metrics table. Any figure whose inputs are unknown, or whose denominator is zero, is null.
 *
 * @param brief      the brief the results belong to (directly or through their post), or null
 * @param industry   the results' own industry, else the brief's
 * @param err        engagement rate by reach in %
 * @param errBand    "low", "solid" or "exceptional" (rules/data/results.yaml err), null without an ERR
 * @param ctrLow     the industry's CTR range in %, null when the data has none for the industry
 */
public record PostMetrics(Source source, Results results, Brief brief, Industry industry, Long interactions,
                          Double err, String errBand, StoryCompletion completion, Double ctr, String ctrBase,
                          Double ctrLow, Double ctrHigh, Double cpm, Double costPerEngagement, Double roi)
        implements Located {

    /** What the results are called in messages and the table: the post id, else the file (and document). */
    public String label() {
        if (results.post() != null) return results.post();
        return source.index() == 0 ? source.file() : source.file() + " (document " + (source.index() + 1) + ")";
    }
}
