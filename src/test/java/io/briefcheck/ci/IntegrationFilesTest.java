package io.briefcheck.ci;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.yaml.snakeyaml.Yaml;

/** The pre-commit hook, the GitHub Action and the README's CI commands agree with the real command line. */
class IntegrationFilesTest {

    @TempDir
    Path tmp;

    private static Set<String> checkOptions() {
        Cli.Result help = Cli.run("check", "--help");
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("--[a-z][a-z-]+").matcher(help.out());
        while (m.find()) out.add(m.group());
        return out;
    }

    @Test
    @SuppressWarnings("unchecked")
    void preCommitHookRunsTheLauncherOnYamlFiles() throws Exception {
        List<Map<String, Object>> hooks = new Yaml().load(Files.readString(Path.of(".pre-commit-hooks.yaml")));
        Map<String, Object> hook = hooks.get(0);
        assertEquals("briefcheck", hook.get("id"));
        assertEquals("script", hook.get("language"));
        String[] entry = ((String) hook.get("entry")).split(" ");
        assertTrue(Files.isExecutable(Path.of(entry[0])), "the entry is the launcher script in this repository");
        assertEquals("check", entry[1]);
        Pattern files = Pattern.compile((String) hook.get("files"));
        assertTrue(files.matcher("briefs/spring-glow/brief.yaml").find());
        assertTrue(files.matcher("drafts/post.yml").find());
        assertFalse(files.matcher("README.md").find());
        Pattern exclude = Pattern.compile((String) hook.get("exclude"));
        assertTrue(exclude.matcher(".github/workflows/ci.yml").find());
        assertFalse(exclude.matcher("briefs/brief.yaml").find());
    }

    @Test
    @SuppressWarnings("unchecked")
    void theActionIsCompositeAndUsesOnlyRealOptions() throws Exception {
        Map<String, Object> action = new Yaml().load(Files.readString(Path.of("action.yml")));
        Map<String, Object> runs = (Map<String, Object>) action.get("runs");
        assertEquals("composite", runs.get("using"));
        StringBuilder scripts = new StringBuilder();
        List<String> uses = new ArrayList<>();
        for (Map<String, Object> step : (List<Map<String, Object>>) runs.get("steps")) {
            if (step.containsKey("run")) {
                assertEquals("bash", step.get("shell"), "composite run steps need a shell");
                scripts.append(step.get("run")).append('\n');
            }
            if (step.containsKey("uses")) uses.add((String) step.get("uses"));
        }
        assertTrue(uses.stream().anyMatch(u -> u.startsWith("github/codeql-action/upload-sarif@")), "uploads SARIF");
        Set<String> known = checkOptions();
        // the options given to briefcheck: on the lines that build its arguments or run it (curl's are not)
        String briefcheckLines = scripts.toString().lines().filter(l -> l.contains("args") || l.contains("java -jar"))
                .collect(java.util.stream.Collectors.joining("\n"));
        Matcher m = Pattern.compile("--[a-z][a-z-]+").matcher(briefcheckLines);
        Set<String> used = new TreeSet<>();
        while (m.find()) used.add(m.group());
        assertTrue(used.containsAll(Set.of("--format", "--output", "--fail-on", "--config", "--baseline")), used.toString());
        used.removeAll(known);
        assertEquals(Set.of(), used, "options the action passes that 'briefcheck check' does not have");
        // formats pair with outputs by position: SARIF and the text report to files, annotations to the log
        assertTrue(scripts.toString().contains("--format sarif --output \"$SARIF\" --format text --output \"$text\" --format github"));
    }

    /**
     * Every ./briefcheck (or java -jar briefcheck.jar) command of the CI and configuration guides runs (output
     * files go to a temporary folder).
     */
    @Test
    void readmeCommandsRun() throws Exception {
        String guides = Files.readString(Path.of("docs/ci.md")) + Files.readString(Path.of("docs/configuration.md"));
        List<String> commands = new ArrayList<>();
        for (String line : guides.lines().toList()) {
            String t = line.strip();
            if (t.startsWith("- run: ")) t = t.substring(7);
            if (t.startsWith("java -jar briefcheck.jar ")) t = "./briefcheck " + t.substring("java -jar briefcheck.jar ".length());
            if (!t.startsWith("./briefcheck ")) continue;
            int comment = t.indexOf(" #");
            commands.add((comment < 0 ? t : t.substring(0, comment)).strip());
        }
        assertTrue(commands.size() >= 4, commands.toString());
        Set<String> fileOptions = Set.of("--output", "--write-baseline", "--baseline", "-o");
        for (String command : commands) {
            String[] words = command.substring("./briefcheck ".length()).split("\\s+");
            for (int i = 1; i < words.length; i++) {
                if (fileOptions.contains(words[i - 1])) words[i] = tmp.resolve(words[i]).toString();
            }
            List<String> args = new ArrayList<>(List.of(words));
            args.add("--no-config");
            if (command.contains("--format github")) args.addAll(List.of("--step-summary", tmp.resolve("summary.md").toString()));
            Cli.Result r = Cli.run(args.toArray(String[]::new));
            assertTrue(r.code() == 0 || r.code() == 1, command + " -> " + r.code() + "\n" + r.err());
        }
        assertTrue(Files.isRegularFile(tmp.resolve("briefcheck.sarif")));
        assertTrue(Files.isRegularFile(tmp.resolve("report.html")));
        assertTrue(Files.isRegularFile(tmp.resolve("briefcheck-baseline.json")));
    }
}
