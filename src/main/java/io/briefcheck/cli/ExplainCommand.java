package io.briefcheck.cli;

import io.briefcheck.core.RuleCatalog;
import io.briefcheck.core.RuleInfo;
import io.briefcheck.report.CatalogRenderer;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explain one rule: what it checks, why, its source, and a bad and a good example.")
final class ExplainCommand implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "A rule id, e.g. brief/missing-payment-terms.")
    String id;

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RuleCatalog catalog = ruleOptions.engine().catalog();
        RuleInfo info = catalog.get(id.strip());
        if (info == null) {
            List<String> close = catalog.suggest(id);
            throw new CannotRunException("briefcheck: no rule is called '" + id + "'."
                    + (close.isEmpty() ? "" : " Did you mean " + String.join(", ", close) + "?")
                    + " 'briefcheck rules' lists them all.");
        }
        new CatalogRenderer().explain(info, spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
