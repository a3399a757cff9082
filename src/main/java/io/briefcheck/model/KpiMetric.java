package io.briefcheck.model;

/** Metrics a KPI can be measured in. */
public enum KpiMetric implements Coded {
    ERR, REACH, IMPRESSIONS, CTR, CONVERSIONS, DISCOUNT_CODE_USES, STORY_COMPLETION, WEBSITE_TRAFFIC, FOLLOWERS, LIKES, SALES, ROI
}
