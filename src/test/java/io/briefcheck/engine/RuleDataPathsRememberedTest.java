package io.briefcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link RuleData#get} remembers the paths rules ask for, but some paths hold an input's value (a market code as
 * written): a server asked for ever new ones must not remember them all.
 */
class RuleDataPathsRememberedTest {

    @Test
    void pathsMadeFromInputsAreRememberedOnlyUpToTheLimitAndStillAnswered() throws Exception {
        RuleData data = RuleData.load(List.of(RuleFolder.bundled()));
        assertEquals("UK", data.get("disclosure.market_aliases.GB"));
        for (int i = 0; i < 3 * RuleData.PATHS_REMEMBERED; i++) {
            assertNull(data.get("disclosure.market_aliases.X" + i), "a made-up market code has no alias");
        }
        assertTrue(data.pathsRemembered() <= RuleData.PATHS_REMEMBERED, () -> data.pathsRemembered() + " paths remembered");
        // past the limit, paths are read from the data each time: same answers
        assertEquals("UK", data.get("disclosure.market_aliases.GB"));
        assertEquals("US", data.get("disclosure.default_market"));
        assertNull(data.get("disclosure.market_aliases.NEW"));
    }
}
