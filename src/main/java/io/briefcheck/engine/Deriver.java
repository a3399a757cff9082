package io.briefcheck.engine;

import io.briefcheck.model.Located;
import io.briefcheck.model.RunSettings;
import java.util.List;

/**
 * Computes derived facts in Java before the rules run: the lexical and numeric work that needs
 * care (caption analysis, engagement rates, tiers). Each deriver sees one group's input facts and
 * returns extra facts to insert into the same session. Register new ones in io.briefcheck.analysis.Derivers.
 */
public interface Deriver {
    List<Object> derive(List<Located> facts, RunSettings settings, RuleData data);
}
