package io.briefcheck.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "init", mixinStandardHelpOptions = true,
        description = {"Print a commented template to start from, e.g. briefcheck init brief > my-brief.yaml",
            "KIND is brief, post, influencer or results."})
final class InitCommand implements Callable<Integer> {

    @Parameters(paramLabel = "KIND", description = "brief, post, influencer or results")
    String kind;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        String k = kind.strip().toLowerCase();
        if (!k.matches("brief|post|influencer|results")) {
            throw new CannotRunException("briefcheck: init takes brief, post, influencer or results, not '" + kind + "'.");
        }
        try (InputStream in = InitCommand.class.getResourceAsStream("/templates/" + k + ".yaml")) {
            if (in == null) throw new IllegalStateException("template " + k + " is missing from the jar");
            spec.commandLine().getOut().print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        spec.commandLine().getOut().flush();
        return Main.OK;
    }
}
