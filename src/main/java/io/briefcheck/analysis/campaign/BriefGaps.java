package io.briefcheck.analysis.campaign;

import io.briefcheck.model.Brief;
import java.util.List;

/**
 * The essential elements of a brief (those a vague brief lacks, see rule mistake/vague-brief: goals,
 * audience, key messages, deliverables, timeline, payment terms) that are absent or only filler, by
 * name, in that order.
 */
public record BriefGaps(Brief brief, List<String> missing) {
}
