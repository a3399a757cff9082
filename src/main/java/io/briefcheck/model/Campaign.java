package io.briefcheck.model;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

public record Campaign(Source source, String name, List<Objective> objectives, List<Kpi> kpis,
                       LocalDate start, LocalDate end, @MarketCode List<String> markets, Industry industry,
                       Boolean firstCampaign)
        implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Campaign other && Objects.equals(source, other.source)
                && Objects.equals(name, other.name) && Objects.equals(objectives, other.objectives)
                && Objects.equals(kpis, other.kpis) && Objects.equals(start, other.start)
                && Objects.equals(end, other.end) && Objects.equals(markets, other.markets)
                && Objects.equals(industry, other.industry) && Objects.equals(firstCampaign, other.firstCampaign);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
