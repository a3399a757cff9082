package io.briefcheck.analysis.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.briefcheck.TestEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

class TieringTest {

    @Test
    void bundledBandsFollowTheDomainTable() {
        Tiering t = Tiering.from(TestEngine.get().data());
        assertNull(t.tierOf(999L));
        assertEquals("nano", t.tierOf(1000L));
        assertEquals("nano", t.tierOf(9999L));
        assertEquals("micro", t.tierOf(10000L));
        assertEquals("micro", t.tierOf(48000L));
        assertEquals("macro", t.tierOf(100000L));
        assertEquals("mega", t.tierOf(1000000L));
        assertNull(t.tierOf(null));
    }

    @Test
    void bandsMayBeGivenInAnyOrder() {
        Tiering t = new Tiering(List.of(new Tiering.Band("big", 500), new Tiering.Band("small", 10)));
        assertEquals("small", t.tierOf(499L));
        assertEquals("big", t.tierOf(500L));
        assertNull(t.tierOf(9L));
    }
}
