package io.briefcheck.analysis.campaign;

import io.briefcheck.engine.RuleData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/** Influencer tiers by followers, from the bands in {@code rules/data/creators.yaml} ({@code tiers.bands}). */
public final class Tiering {

    public record Band(String name, long min) {
    }

    private final List<Band> bands;

    public Tiering(List<Band> bands) {
        this.bands = bands.stream().sorted(Comparator.comparingLong(Band::min).reversed()).toList();
    }

    public static Tiering from(RuleData data) {
        List<Band> bands = new ArrayList<>();
        if (data.get("creators.tiers.bands") instanceof List<?> list) {
            for (Object o : list) {
                if (o instanceof Map<?, ?> m && m.get("name") != null && m.get("min") instanceof Number n) {
                    bands.add(new Band(String.valueOf(m.get("name")), n.longValue()));
                }
            }
        }
        return new Tiering(bands);
    }

    /** The tier a follower count falls in, or null below the lowest band (a personal account). */
    public String tierOf(Long followers) {
        if (followers == null) return null;
        for (Band b : bands) if (followers >= b.min()) return b.name();
        return null;
    }
}
