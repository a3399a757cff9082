package io.briefcheck.engine;

import io.briefcheck.core.RuleLoadException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;

/**
 * Compiles every DRL of the rule folders into one KieBase. Compile errors are reported against the
 * real file (rules/brief/x.drl:12:5), not Drools' virtual path. The bundled rules are also compiled at
 * build time into Drools' executable model ({@link BundledModel}); this compiler serves the rest (a user's
 * own rule folders, and a bundled folder that no longer matches its model).
 */
final class RuleCompiler {

    private static final Pattern LINE_COL = Pattern.compile("\\[ERR \\d+\\] Line (\\d+):(\\d+) ");

    private RuleCompiler() {
    }

    static KieBase compile(List<RuleFolder> folders) throws RuleLoadException {
        KieServices ks = KieServices.Factory.get();
        return ks.newKieContainer(build(folders, null).getKieModule().getReleaseId()).getKieBase();
    }

    /**
     * Compiles the folders into a KieBuilder of the given project type (null: DRL, compiled to MVEL and
     * byte code at run time; {@code ExecutableModelProject}: Java classes, see {@link BundledModel}).
     */
    static KieBuilder build(List<RuleFolder> folders, Class<? extends KieBuilder.ProjectType> project)
            throws RuleLoadException {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        Map<String, String> displayByVirtual = new HashMap<>();
        int n = 0;
        for (RuleFolder folder : folders) {
            for (RuleFile f : folder.drlFiles()) {
                String virtual = "briefcheck/f" + (n++) + "/" + f.relativePath();
                displayByVirtual.put(virtual, f.displayPath());
                kfs.write("src/main/resources/" + virtual, f.text());
            }
        }
        KieBuilder builder = project == null ? ks.newKieBuilder(kfs).buildAll() : ks.newKieBuilder(kfs).buildAll(project);
        List<String> errors = new ArrayList<>();
        for (Message m : builder.getResults().getMessages(Message.Level.ERROR)) {
            // Drools adds this after every parse error; it says nothing the real error does not
            if (m.getText() != null && m.getText().contains("Parser returned a null Package")) continue;
            errors.add(describe(m, displayByVirtual));
        }
        if (errors.isEmpty() && builder.getResults().hasMessages(Message.Level.ERROR)) {
            builder.getResults().getMessages(Message.Level.ERROR).forEach(m -> errors.add(describe(m, displayByVirtual)));
        }
        if (!errors.isEmpty()) throw new RuleLoadException(errors.stream().distinct().toList());
        return builder;
    }

    private static String describe(Message m, Map<String, String> displayByVirtual) {
        String path = m.getPath() == null ? "" : m.getPath();
        String display = displayByVirtual.getOrDefault(path.replaceFirst("^src/main/resources/", ""), path);
        int line = Math.max(1, m.getLine());
        int col = Math.max(1, m.getColumn());
        String text = m.getText() == null ? "" : m.getText().strip();
        Matcher lc = LINE_COL.matcher(text);
        if (lc.find()) {
            line = Integer.parseInt(lc.group(1));
            col = Integer.parseInt(lc.group(2)) + 1;
            text = text.substring(lc.end());
        }
        text = text.replace("briefcheck/f", "").replaceAll("\\s+", " ");
        return (display.isEmpty() ? "rules" : display) + ":" + line + ":" + col + " " + text;
    }
}
