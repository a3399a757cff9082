package io.briefcheck.core;

/**
 * One line of the per-post metrics table at the end of a report with results. Every figure is in
 * percent and null when it could not be computed; {@code ctrLow}/{@code ctrHigh} are the industry
 * band (null without one), {@code errBand} "low", "solid" or "exceptional" with the limits
 * {@code errSolid} and {@code errExceptional} from the rule data.
 */
public record MetricsRow(String file, int index, String post, String kind, Double err, String errBand,
                         Double completion, double completionStrong, int dropFrame, Double ctr, Double ctrLow,
                         Double ctrHigh, String industry, double errSolid, double errExceptional) {
}
