package io.briefcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post checked alone is checked against its brief found elsewhere in the project (check/ProjectLookup). */
class ProjectLookupTest {

    @TempDir
    Path project;
    Path config;
    Path brief;
    Path post;

    @BeforeEach
    void project() throws IOException {
        config = Files.writeString(project.resolve(".briefcheck.yaml"), "ignore: [\"archive/**\"]\n");
        // the brief pays the creator and lacks key messages (a finding of its own)
        String text = Files.readString(Path.of("briefs/spring-glow/brief.yaml"));
        String withoutKeyMessages = text.replaceAll("(?s)key_messages:.*?\\n(?=deliverables:)", "");
        assertFalse(withoutKeyMessages.equals(text));
        brief = write("campaigns/spring/brief.yaml", withoutKeyMessages);
        // the post says there is no connection: a finding only its brief gives (mistake/disclosure-mismatch)
        post = write("drafts/reel.yaml", Files.readString(Path.of("briefs/spring-glow/tess-reel-1.yaml"))
                .replace("connection: paid", "connection: none"));
    }

    private Path write(String name, String text) throws IOException {
        Path file = project.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private JsonNode check(String... args) throws IOException {
        List<String> all = new ArrayList<>(List.of("check", "--format", "json", "--config", config.toString()));
        all.addAll(List.of(args));
        Cli r = Cli.run(all.toArray(String[]::new));
        assertEquals("", r.err(), r::toString);
        return new ObjectMapper().readTree(r.out());
    }

    private static Set<String> rules(JsonNode report, Path file) {
        Set<String> out = new TreeSet<>();
        for (JsonNode f : report.path("findings")) {
            if (Path.of(f.path("file").asText()).toAbsolutePath().equals(file.toAbsolutePath())) out.add(f.path("rule").asText());
        }
        return out;
    }

    @Test
    void aPostCheckedAloneIsCheckedAgainstItsBriefFromTheProject() throws IOException {
        JsonNode both = check(brief.toString(), post.toString());
        Set<String> postWithBrief = rules(both, post);
        assertTrue(postWithBrief.contains("mistake/disclosure-mismatch"), both::toPrettyString);
        assertTrue(rules(both, brief).contains("brief/missing-key-messages"), both::toPrettyString);

        JsonNode alone = check(post.toString());
        assertEquals(postWithBrief, rules(alone, post), alone::toPrettyString);
        assertFalse(alone.toString().contains("input/unresolved-reference"), alone::toPrettyString);
        assertEquals(Set.of(), rules(alone, brief), "the brief's own findings were not asked for");
        assertEquals(1, alone.path("documents").size(), alone::toPrettyString);
        assertEquals(1, alone.path("summary").path("documents").asInt(), alone::toPrettyString);
        String notices = alone.path("notices").toString();
        assertTrue(notices.contains("brief spring-glow-2027 was read from ") && notices.contains("campaigns/spring/brief.yaml (not among the files given)"),
                alone::toPrettyString);

        JsonNode off = check("--no-project-lookup", post.toString());
        assertTrue(rules(off, post).contains("input/unresolved-reference"), off::toPrettyString);
        assertFalse(rules(off, post).contains("mistake/disclosure-mismatch"), off::toPrettyString);
    }

    @Test
    void resultsFindTheirPostAndItsBrief() throws IOException {
        Path results = write("results/reel.yaml", Files.readString(Path.of("briefs/spring-glow/tess-reel-1-results.yaml")));
        JsonNode report = check(results.toString());
        assertFalse(report.toString().contains("input/unresolved-reference"), report::toPrettyString);
        String notices = report.path("notices").toString();
        assertTrue(notices.contains("post tess-reel-1 was read from") && notices.contains("brief spring-glow-2027 was read from"), report::toPrettyString);
        assertEquals(Set.of(), rules(report, post));
    }

    @Test
    void anIdThatExistsNowhereIsStillUnresolvedAndIgnoredFilesAreNotLookedIn() throws IOException {
        Files.writeString(post, Files.readString(post).replace("brief: spring-glow-2027", "brief: autumn-2027"));
        write("archive/old.yaml", Files.readString(brief).replace("id: spring-glow-2027", "id: autumn-2027"));
        JsonNode report = check(post.toString());
        assertTrue(rules(report, post).contains("input/unresolved-reference"), report::toPrettyString);
        assertFalse(report.path("notices").toString().contains("was read from"), report::toPrettyString);
    }
}
