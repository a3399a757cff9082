package io.briefcheck.fuzz;

/** One generated input: its family (for the statistics and to reproduce it) and how to lay it out. */
record Input(String family, Plan.Setup setup) {
}
