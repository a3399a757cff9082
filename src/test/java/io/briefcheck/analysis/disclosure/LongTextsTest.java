package io.briefcheck.analysis.disclosure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.TestEngine;
import io.briefcheck.core.Finding;
import io.briefcheck.load.Limits;
import io.briefcheck.load.Loader;
import io.briefcheck.model.Market;
import io.briefcheck.model.Post;
import io.briefcheck.report.Report;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Captions, transcripts and Stories far longer than any real post (issue 11) are read in linear time:
 * each test checks what is found in one, and only as a guard against a return of the quadratic
 * behaviour (these inputs took minutes), that it finishes within a very generous bound. The timing
 * itself is measured with src/bench, not here.
 */
class LongTextsTest {

    private static final Duration GENEROUS = Duration.ofSeconds(10);

    private final DisclosureConfig cfg = AnalysisTestData.config();

    private static Post post(String fields) {
        String yaml = "kind: post\nplatform: instagram\nmarket: US\nconnection: paid\n" + fields;
        // the analysis is tested past the loader's 10,000 items in one list (the CLI refuses such a list)
        Limits d = Limits.DEFAULT;
        Limits longLists = new Limits(d.maxFileBytes(), d.maxDepth(), d.maxAliases(), d.maxNodes(), d.maxExpandedChars(), 100_000);
        return (Post) new Loader(longLists).loadBytes("p.yaml", yaml.getBytes(StandardCharsets.UTF_8)).get(0).fact();
    }

    /** The facts derived for the post: those of the post, then those for the US. */
    private List<Object> analyse(Post post) {
        PostAnalyzer analyzer = new PostAnalyzer(cfg, post, null, null);
        List<Object> out = new ArrayList<>(analyzer.facts());
        out.addAll(analyzer.forMarket(Market.US));
        return out;
    }

    private static <T> List<T> of(List<Object> facts, Class<T> type) {
        return facts.stream().filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aHundredKilobytesOfAdHashtags() {
        Post post = post("format: post\ncaption: \"" + "#ad ".repeat(25_000).strip() + "\"\n");
        List<Object> facts = assertTimeoutPreemptively(GENEROUS, () -> analyse(post));

        List<Disclosure> labels = of(facts, Disclosure.class);
        assertEquals(25_000, labels.size());
        assertTrue(labels.stream().allMatch(d -> d.kind() == LabelKind.ACCEPTED && d.hashtag() && d.runLength() == 25_000));
        assertTrue(labels.stream().allMatch(Disclosure::atStart), "only other labels come before each");
        assertEquals(24_999, labels.get(24_999).runIndex());
        assertEquals(99_996, labels.get(24_999).start());
        int shown = (int) labels.stream().filter(Disclosure::aboveFold).count();
        assertTrue(shown > 0 && labels.subList(0, shown).stream().allMatch(Disclosure::aboveFold), "the labels before the cut show");
        assertFalse(cfg.foldOf("instagram").shows(post.caption(), labels.get(shown).start()));
        assertEquals("#ad", of(facts, CaptionFix.class).get(0).text(), "every label cut, one put first");
    }

    /** The rules see the first labels of each place only (disclosure.max_labels_per_place): every later one is compared with each. */
    @Test
    void theRulesSeeTheFirstFiftyLabelsOfEachPlace() {
        Post post = post("format: story\ncaption: \"" + "#ad ".repeat(25_000).strip() + "\"\nframes:\n"
                + "  - {on_screen_text: \"#ad\"}\n".repeat(200));
        List<Object> facts = new PostAnalyzer(cfg, post, null, null).forRules(Market.US);
        List<Disclosure> caption = of(facts, Disclosure.class).stream().filter(d -> d.place() == Place.CAPTION).toList();
        List<Disclosure> frames = of(facts, Disclosure.class).stream().filter(d -> d.place() == Place.FRAME).toList();
        assertEquals(50, caption.size());
        assertEquals(0, caption.get(0).start(), "the first ones");
        assertEquals(50, frames.size());
        assertEquals(49, frames.get(49).index());
        assertEquals(1, of(facts, CaptionFix.class).size());
    }

    @Test
    void twentyKilobytesOfVagueHashtags() {
        Post post = post("format: post\ncaption: \"Love it " + "#spon ".repeat(3_400).strip() + "\"\n");
        List<Object> facts = assertTimeoutPreemptively(GENEROUS, () -> analyse(post));

        List<Disclosure> labels = of(facts, Disclosure.class);
        assertEquals(3_400, labels.size());
        assertTrue(labels.stream().allMatch(d -> d.kind() == LabelKind.VAGUE && !d.atStart() && d.inClosingBlock()));
        assertEquals("#ad Love it", of(facts, CaptionFix.class).get(0).text());
    }

    @Test
    void aLongTranscriptFullOfClaims() {
        String said = "This serum is clinically proven and dermatologist recommended, ".repeat(2_000);
        Post post = post("format: reel\ncaption: \"#ad\"\nvideo:\n  duration_s: 45\n  transcript:\n    - {at: \"0:01\", text: \"" + said + "\"}\n");
        List<Object> facts = assertTimeoutPreemptively(GENEROUS, () -> analyse(post));

        List<ClaimHit> claims = of(facts, ClaimHit.class);
        assertEquals(4_000, claims.size());
        assertEquals(said.strip(), claims.get(3_999).text(), "one sentence, however many claims it holds");
    }

    @Test
    void aStoryOfThirtyThousandFrames() {
        StringBuilder frames = new StringBuilder("format: story\ncaption: \"\"\nframes:\n");
        IntStream.range(0, 30_000).forEach(i -> frames.append("  - {on_screen_text: \"").append(i % 2 == 0 ? "#ad" : "Look")
                .append(" at frame ").append(i).append("\", duration_s: 0.0015}\n"));
        Post post = post(frames.toString());
        List<Object> facts = assertTimeoutPreemptively(GENEROUS, () -> analyse(post));

        List<Disclosure> labels = of(facts, Disclosure.class);
        assertEquals(15_000, labels.size());
        assertTrue(labels.stream().allMatch(d -> d.place() == Place.FRAME && d.index() % 2 == 0));
        List<UnlabeledFrame> unlabeled = of(facts, UnlabeledFrame.class);
        assertEquals(15_000, unlabeled.size());
        assertTrue(unlabeled.stream().allMatch(u -> u.index() % 2 == 1));
    }

    @Test
    void aStoryOfTenThousandFramesIsCheckedByTheRules() {
        StringBuilder yaml = new StringBuilder("kind: post\nplatform: instagram\nformat: story\nmarket: US\nconnection: paid\ncaption: \"\"\nframes:\n");
        IntStream.range(0, 10_000).forEach(i -> yaml.append("  - {on_screen_text: \"").append(i % 100 == 99 ? "Look" : "#ad")
                .append(" at frame ").append(i).append("\", duration_s: 5}\n"));
        Report report = assertTimeoutPreemptively(GENEROUS.multipliedBy(2), () -> TestEngine.checkText("story.yaml", yaml.toString()));

        List<Finding> unlabeled = report.findings().stream().filter(f -> f.rule().equals("ftc/story-frame-unlabeled")).toList();
        // 100 unlabeled frames: the first 20 reported (rules/data/findings.yaml), then one finding that says how many more
        assertEquals(21, unlabeled.size(), TestEngine.describe(report.findings()));
        assertEquals("frames[99]", unlabeled.get(0).path());
        assertTrue(unlabeled.get(20).message().contains("80"), unlabeled.get(20).message());
        assertEquals(unlabeled.size(), report.findings().size(), TestEngine.describe(report.findings()));
    }
}
