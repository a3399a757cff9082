package io.briefcheck.analysis.campaign;

import io.briefcheck.model.Brief;
import io.briefcheck.model.RunSettings;
import java.util.List;
import java.util.Locale;

/** The markets a brief is checked for: --market if given, else the campaign's, else the default (US). */
public final class BriefMarkets {
    private BriefMarkets() {
    }

    public static final String DEFAULT = "US";

    public static List<String> of(Brief brief, RunSettings settings) {
        if (settings != null && !settings.markets().isEmpty()) return settings.markets();
        if (brief.campaign() != null && !brief.campaign().markets().isEmpty()) {
            return brief.campaign().markets().stream().map(m -> m.strip().toUpperCase(Locale.ROOT)).toList();
        }
        return List.of(DEFAULT);
    }
}
