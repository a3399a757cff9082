package io.briefcheck.analysis.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefcheck.TestEngine;
import io.briefcheck.report.Report;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ERR band is decided once; the metrics table, JSON and the metrics/err-low rule all agree with it. */
class ErrBandsTest {

    @ParameterizedTest
    @CsvSource({"19, low", "20, solid", "50, solid", "51, exceptional"})
    void theBandAtTheLimitsIsTheSameInTheTableAndTheRules(int likes, String band) {
        // reach 1,000: each like is 0.1 %, so 20 likes sit exactly on the bundled 2 % "solid" limit.
        Report report = TestEngine.checkText("r.yaml", "kind: results\npost: p\nreach: 1000\nlikes: " + likes + "\n");
        assertEquals(band, report.metrics().get(0).errBand());
        boolean lowFired = report.findings().stream().anyMatch(f -> f.rule().equals("metrics/err-low"));
        assertEquals(band.equals("low"), lowFired, "metrics/err-low fires exactly when the band is low");
    }

    @Test
    void noErrHasNoBand() {
        assertEquals(null, new ErrBands(2, 5).of(null));
    }
}
