package io.briefcheck.install;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pre-commit hook of this repository (.pre-commit-hooks.yaml), run by the pre-commit framework (Debian's
 * or PyPI's) in a temporary git repository where a draft post is staged without its brief: the hook checks the
 * staged post alone, and briefcheck finds the brief in the repository (check/ProjectLookup).
 * <p>
 * The hook's repository is a temporary clone-able repository holding this one's .pre-commit-hooks.yaml, its
 * launcher and the packaged jar (so the launcher does not build it again). Skipped when pre-commit is not
 * installed, but under CI (CI=true), which installs it (.ci/run).
 */
class PreCommitIT {

    @TempDir
    Path tmp;
    Path hooks;
    Path project;

    private record Run(int exit, String log) {
    }

    private Run run(Path dir, String... command) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true);
        Map<String, String> env = builder.environment();
        env.put("PRE_COMMIT_HOME", tmp.resolve("pre-commit-home").toString());
        env.put("GIT_AUTHOR_NAME", "test");
        env.put("GIT_AUTHOR_EMAIL", "test@example.com");
        env.put("GIT_COMMITTER_NAME", "test");
        env.put("GIT_COMMITTER_EMAIL", "test@example.com");
        env.put("GIT_CONFIG_NOSYSTEM", "1");
        env.put("HOME", tmp.toString());
        Process p = builder.start();
        String log = new String(p.getInputStream().readAllBytes());
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "timed out: " + String.join(" ", command));
        return new Run(p.exitValue(), log);
    }

    private void git(Path dir, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false"));
        command.addAll(List.of(args));
        Run r = run(dir, command.toArray(String[]::new));
        assertEquals(0, r.exit(), r.log());
    }

    @BeforeEach
    void repositories() throws Exception {
        Setup.require("apt-get install pre-commit git, or pip install pre-commit", "pre-commit", "git");

        hooks = Files.createDirectories(tmp.resolve("hooks"));
        Files.copy(Path.of(".pre-commit-hooks.yaml"), hooks.resolve(".pre-commit-hooks.yaml"));
        Files.copy(Path.of("briefcheck"), hooks.resolve("briefcheck"), StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(Path.of("target/briefcheck.jar"), Files.createDirectories(hooks.resolve("target")).resolve("briefcheck.jar"));
        git(hooks, "init", "-q");
        git(hooks, "add", "-f", ".");
        git(hooks, "commit", "-q", "-m", "hooks");
        String rev = run(hooks, "git", "rev-parse", "HEAD").log().strip();

        project = Files.createDirectories(tmp.resolve("project"));
        git(project, "init", "-q");
        Files.writeString(project.resolve(".pre-commit-config.yaml"), """
                repos:
                  - repo: %s
                    rev: %s
                    hooks:
                      - id: briefcheck
                """.formatted(hooks, rev));
        Files.createDirectories(project.resolve("briefs/spring"));
        Files.copy(Path.of("briefs/spring-glow/brief.yaml"), project.resolve("briefs/spring/brief.yaml"));
        git(project, "add", ".");
        git(project, "commit", "-q", "-m", "the brief");
        Files.createDirectories(project.resolve("drafts"));
    }

    @Test
    void aStagedPostIsCheckedAgainstItsBriefThatIsNotStaged() throws Exception {
        String post = Files.readString(Path.of("briefs/spring-glow/tess-reel-1.yaml"));
        Files.writeString(project.resolve("drafts/reel.yaml"), post);
        git(project, "add", "drafts/reel.yaml");
        Run good = run(project, "pre-commit", "run");
        assertEquals(0, good.exit(), good.log());
        assertTrue(good.log().contains("briefcheck") && good.log().contains("Passed"), good.log());

        // the same post saying there is no connection: only its brief shows the mistake
        Files.writeString(project.resolve("drafts/reel.yaml"), post.replace("connection: paid", "connection: none"));
        git(project, "add", "drafts/reel.yaml");
        Run bad = run(project, "pre-commit", "run");
        assertEquals(1, bad.exit(), bad.log());
        assertTrue(bad.log().contains("mistake/disclosure-mismatch"), bad.log());
        assertTrue(bad.log().contains("brief spring-glow-2027 was read from briefs/spring/brief.yaml (not among the files given)"), bad.log());
        assertFalse(bad.log().contains("input/unresolved-reference"), bad.log());
        assertFalse(bad.log().contains("briefs/spring/brief.yaml:"), "no finding of the brief: " + bad.log());
    }
}
