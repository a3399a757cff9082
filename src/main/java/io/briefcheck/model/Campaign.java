package io.briefcheck.model;

import java.time.LocalDate;
import java.util.List;

public record Campaign(Source source, String name, List<Objective> objectives, List<Kpi> kpis,
                       LocalDate start, LocalDate end, @MarketCode List<String> markets, Industry industry,
                       Boolean firstCampaign)
        implements Located {
}
