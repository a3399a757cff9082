package io.briefcheck.analysis.disclosure;

import io.briefcheck.TestEngine;

/** The analysers configured from the bundled rules/data, as the engine uses them. */
final class AnalysisTestData {
    private AnalysisTestData() {
    }

    static DisclosureConfig config() {
        return new DisclosureConfig(TestEngine.get().data());
    }
}
