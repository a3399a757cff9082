package io.briefcheck.analysis.campaign;

import io.briefcheck.engine.RuleData;
import io.briefcheck.core.MetricsRow;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Turns the computed {@link PostMetrics} of a run into the report's metrics table rows, in file order. */
public final class MetricsRows {
    private MetricsRows() {
    }

    public static List<MetricsRow> of(List<PostMetrics> metrics, Map<String, Integer> fileOrder, RuleData data) {
        double strong = data.number("results.story_completion.strong");
        ErrBands bands = ErrBands.from(data);
        return metrics.stream()
                .sorted(Comparator.<PostMetrics>comparingInt(m -> fileOrder.getOrDefault(m.source().file(), Integer.MAX_VALUE))
                        .thenComparingInt(m -> m.source().index()))
                .map(m -> new MetricsRow(m.source().file(), m.source().index(), m.label(), kind(m), m.err(), m.errBand(),
                        m.completion() == null ? null : m.completion().rate(), strong,
                        m.completion() == null ? 0 : m.completion().dropFrame(), m.ctr(), m.ctrLow(), m.ctrHigh(),
                        m.industry() == null ? null : m.industry().code().replace('_', ' '), bands.solid(), bands.exceptional()))
                .toList();
    }

    private static String kind(PostMetrics m) {
        String platform = m.results().platform() == null ? null : m.results().platform().code();
        String format = m.results().format() == null ? null : m.results().format().code().replace('_', ' ');
        if (platform == null && format == null) return null;
        return platform == null ? format : format == null ? platform : platform + " " + format;
    }
}
