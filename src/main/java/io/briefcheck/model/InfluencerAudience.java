package io.briefcheck.model;

import java.util.List;

public record InfluencerAudience(Source source, List<String> countries, String age, Boolean children)
        implements Located {
}
