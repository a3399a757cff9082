package io.briefcheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The computed results figures reach the JSON report and the HTML report's ERR chart. */
class ResultsInReportsTest {

    @TempDir
    Path tmp;

    @Test
    void jsonCarriesEachResultsDocumentsFigures() throws Exception {
        Cli r = Cli.run("check", "--format", "json", "briefs/mistakes/results-below-par/");
        JsonNode metrics = new ObjectMapper().readTree(r.out()).path("metrics");
        assertEquals(2, metrics.size(), r::toString);
        JsonNode post = metrics.get(0);
        assertEquals("knit-post-1", post.path("post").asText());
        // (likes + comments + saves) / reach: 346 / 20,000 = 1.73 %
        assertEquals(1.73, post.path("err").asDouble(), 0.01);
        assertEquals("low", post.path("err_band").asText());
        assertEquals(2, post.path("ctr_band").size());
        assertTrue(Cli.run("check", "--format", "json", "briefs/mistakes/have-fun.yaml").out().contains("\"findings\""));
        assertFalse(Cli.run("check", "--format", "json", "briefs/mistakes/have-fun.yaml").out().contains("\"metrics\""),
                "no results, no metrics");
    }

    @Test
    void htmlDrawsErrPerPostAgainstTheBand() throws Exception {
        Path html = tmp.resolve("report.html");
        Cli.run("check", "--format", "html", "--output", html.toString(), "briefs/mistakes/results-below-par/");
        String page = Files.readString(html);
        assertTrue(page.contains("Engagement rate by reach per post"));
        assertTrue(page.contains("class=\"err\" data-err=\"1.7\""), "knit-post-1 bar");
        assertTrue(page.contains("class=\"err\" data-err=\"0.7\""), "knit-story-1 bar");
        assertTrue(page.contains("class=\"band\""), "the solid band is drawn");
        Path none = tmp.resolve("none.html");
        Cli.run("check", "--format", "html", "--output", none.toString(), "briefs/mistakes/have-fun.yaml");
        assertFalse(Files.readString(none).contains("Engagement rate by reach per post"));
    }
}
