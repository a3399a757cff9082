package io.briefcheck.analysis.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class CampaignMetricsTest {

    @Test
    void ctrUsesImpressionsElseReach() {
        // 300 / 15000 = 2 %; without impressions 300 / 12000 = 2.5 %
        assertEquals(2.0, CampaignMetrics.ctr(300L, 15000L, 12000L), 1e-9);
        assertEquals("impressions", CampaignMetrics.ctrBase(300L, 15000L, 12000L));
        assertEquals(2.5, CampaignMetrics.ctr(300L, null, 12000L), 1e-9);
        assertEquals(2.5, CampaignMetrics.ctr(300L, 0L, 12000L), 1e-9);
        assertEquals("reach", CampaignMetrics.ctrBase(300L, 0L, 12000L));
    }

    @Test
    void ctrWithoutClicksOrAnyDenominatorIsUnknown() {
        assertNull(CampaignMetrics.ctr(null, 15000L, 12000L));
        assertNull(CampaignMetrics.ctrBase(null, 15000L, 12000L));
        assertNull(CampaignMetrics.ctr(300L, 0L, 0L));
        assertNull(CampaignMetrics.ctrBase(300L, null, 0L));
    }

    @Test
    void cpmIsCostPerThousandImpressions() {
        // 300 / 15000 × 1000 = 20; the telehealth example: 17,515.872 USD over 3,414,400 impressions = 5.13
        assertEquals(20.0, CampaignMetrics.cpm(300.0, 15000L), 1e-9);
        assertEquals(5.13, CampaignMetrics.cpm(17515.872, 3414400L), 1e-9);
        assertNull(CampaignMetrics.cpm(300.0, 0L));
        assertNull(CampaignMetrics.cpm(null, 15000L));
    }

    @Test
    void costPerEngagement() {
        // 300 / (540 + 61 + 80 + 20) = 300 / 701 = 0.42796
        assertEquals(0.42796, CampaignMetrics.costPerEngagement(300.0, 701L), 0.00001);
        assertNull(CampaignMetrics.costPerEngagement(300.0, 0L));
        assertNull(CampaignMetrics.costPerEngagement(300.0, null));
    }

    @Test
    void roiIsProfitOverCost() {
        // (840 - 300) / 300 = 180 %; a loss is negative: (150 - 300) / 300 = -50 %
        assertEquals(180.0, CampaignMetrics.roi(840.0, 300.0), 1e-9);
        assertEquals(-50.0, CampaignMetrics.roi(150.0, 300.0), 1e-9);
        assertNull(CampaignMetrics.roi(840.0, 0.0));
        assertNull(CampaignMetrics.roi(null, 300.0));
    }
}
