package io.briefcheck.cli;

import io.briefcheck.analysis.Derivers;
import io.briefcheck.engine.Engine;
import io.briefcheck.engine.RuleFolder;
import io.briefcheck.core.RuleLoadException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import picocli.CommandLine.Option;

/** Which rules to load: the bundled ones and any folders given with --rules. */
final class RuleOptions {

    @Option(names = "--rules", paramLabel = "DIR",
            description = "Also load the rules (*.drl) and data (data/*.yaml) in DIR. Repeatable.")
    List<Path> ruleDirs = new ArrayList<>();

    @Option(names = "--no-default-rules", description = "Use only the rules given with --rules.")
    boolean noDefaultRules;

    @Option(names = "--no-cache", description = {"Compile the --rules folders afresh: do not read or write the compiled-rules cache",
            "($XDG_CACHE_HOME/briefcheck, else ~/.cache/briefcheck; BRIEFCHECK_CACHE=DIR moves it)."})
    boolean noCache;

    /** The bundled rules, compiled before the command ran or while its options were read (Main), or null. */
    Supplier<Engine> bundled;

    Engine engine() {
        if (bundled != null && ruleDirs.isEmpty() && !noDefaultRules) {
            Engine early = bundled.get();
            if (early != null) return early;
        }
        List<RuleFolder> folders = new ArrayList<>();
        for (Path dir : ruleDirs) {
            try {
                folders.add(RuleFolder.of(dir));
            } catch (IOException e) {
                throw new CannotRunException("briefcheck: cannot read rule folder " + dir + ": " + e.getMessage());
            }
        }
        try {
            return Engine.build(!noDefaultRules, folders, Derivers.ALL, !noCache);
        } catch (RuleLoadException e) {
            throw new CannotRunException(String.join("\n", e.problems())
                    + "\nbriefcheck: the rules above could not be loaded; nothing was checked.");
        }
    }
}
