package io.briefcheck.analysis.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefcheck.TestEngine;
import io.briefcheck.check.Checker;
import io.briefcheck.load.Loader;
import io.briefcheck.model.RunSettings;
import io.briefcheck.core.Finding;
import io.briefcheck.core.Severity;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * Which markets' rules a post gets: --market over everything, else the post's market(s), else its
 * brief's campaign markets, else US. Seen through the markets of the findings for an unlabelled paid post.
 */
class MarketSelectionTest {

    private static final String POST = "kind: post\nplatform: instagram\nformat: post\nconnection: paid\ncaption: Love it\n";

    private static Set<String> markets(String yaml, List<String> override) {
        Checker.Options options = new Checker.Options(Severity.ERROR, List.of(), List.of(), new RunSettings(override));
        var docs = new Loader().loadBytes("m.yaml", yaml.getBytes(StandardCharsets.UTF_8));
        Set<String> out = new TreeSet<>();
        for (Finding f : new Checker(TestEngine.get(), "test").check(docs, options).findings()) {
            if (f.market() != null) out.add(f.market());
        }
        return out;
    }

    @Test
    void defaultIsUs() {
        assertEquals(Set.of("US"), markets(POST, List.of()));
    }

    @Test
    void postMarketsAndAliases() {
        assertEquals(Set.of("UK"), markets(POST + "market: gb\n", List.of()));
        assertEquals(Set.of("NL", "US"), markets(POST + "markets: [US, NL]\n", List.of()));
    }

    @Test
    void briefMarketsWhenThePostHasNone() {
        String brief = "kind: brief\nid: b\nbrand: {name: Acme}\ncampaign: {markets: [NL]}\n---\n";
        Set<String> got = markets(brief + POST + "brief: b\n", List.of());
        assertEquals(Set.of("NL"), got);
    }

    @Test
    void commandLineOverridesAll() {
        assertEquals(Set.of("UK"), markets(POST + "market: US\n", List.of("UK")));
    }
}
