package io.briefcheck.cli;

import io.briefcheck.core.RuleCatalog;
import io.briefcheck.report.CatalogRenderer;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "List every rule that is loaded, with its id, severity and title.")
final class RulesCommand implements Callable<Integer> {

    enum Format { text, json, markdown }

    @Option(names = {"-f", "--format"}, paramLabel = "FORMAT", description = "text (default), json or markdown.")
    Format format = Format.text;

    @Mixin
    RuleOptions ruleOptions = new RuleOptions();

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        RuleCatalog catalog = ruleOptions.engine().catalog();
        PrintWriter out = spec.commandLine().getOut();
        CatalogRenderer renderer = new CatalogRenderer();
        switch (format) {
            case json -> renderer.json(catalog.all(), out);
            case markdown -> renderer.markdown(catalog.all(), out);
            default -> renderer.text(catalog.all(), out);
        }
        out.flush();
        return Main.OK;
    }
}
