package io.briefcheck.analysis.campaign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import io.briefcheck.TestEngine;
import io.briefcheck.engine.Deriver;
import io.briefcheck.load.Document;
import io.briefcheck.load.Loader;
import io.briefcheck.model.KpiMetric;
import io.briefcheck.model.Located;
import io.briefcheck.model.RunSettings;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The derived facts the rules reason over, on hand-worked numbers. */
class DeriversTest {

    private static List<Located> facts(String yaml) {
        return new Loader().loadText("t.yaml", yaml).stream().map(Document::fact).toList();
    }

    private static <T> List<T> derive(Deriver deriver, List<Located> facts, Class<T> type) {
        return deriver.derive(facts, RunSettings.DEFAULT, TestEngine.get().data()).stream()
                .filter(type::isInstance).map(type::cast).toList();
    }

    @Test
    void aRosterEntryAndItsProfileAreOneCreator() {
        List<Located> facts = facts("""
                kind: brief
                brand: {name: Glow}
                influencers:
                  - {handle: "@Tess.Glow", platform: instagram, followers: 47000, avg_likes: 1, selection_reason: Hooded-eye tutorials}
                  - {handle: "@tess.glow", platform: tiktok, followers: 9000}
                ---
                kind: influencer
                handle: "tess.glow"
                platform: instagram
                followers: 48000
                avg_likes: 2400
                avg_comments: 180
                avg_saves: 90
                avg_shares: 40
                """);
        List<CreatorStats> stats = derive(new CreatorStatsDeriver(), facts, CreatorStats.class);
        // Instagram: roster + profile merged; TikTok is another account of the same person.
        assertEquals(2, stats.size());
        CreatorStats insta = stats.get(0);
        assertSame(facts.get(1), insta.profile());
        assertEquals(facts.get(1).source(), insta.source(), "findings go to the profile file");
        assertEquals(48000L, insta.creator().followers(), "the profile's figures win");
        assertEquals("Hooded-eye tutorials", insta.creator().selectionReason(), "the roster's reason for choosing them stays");
        assertEquals("micro", insta.tier());
        assertEquals(2710.0 / 48000 * 100, insta.engagementRate(), 1e-9);
        assertEquals(1.0, insta.engagementFloor(), 1e-9);
        assertEquals("nano", stats.get(1).tier());
        assertNull(stats.get(1).engagementRate());
        assertNull(stats.get(1).profile());
    }

    @Test
    void postMetricsWithZeroReachAreUnknownNotNaN() {
        List<Located> facts = facts("""
                kind: results
                post: r1
                industry: beauty
                reach: 0
                impressions: 0
                likes: 10
                clicks: 5
                cost: 50
                """);
        PostMetrics m = derive(new PostMetricsDeriver(), facts, PostMetrics.class).get(0);
        assertNull(m.err());
        assertNull(m.errBand());
        assertNull(m.ctr());
        assertNull(m.cpm());
        assertEquals(5.0, m.costPerEngagement(), 1e-9); // 50 / 10
        assertEquals(1.5, m.ctrLow(), 1e-9);
    }

    @Test
    void kpiProgressAddsCountsAndRecomputesRatesOverAllPosts() {
        List<Located> facts = facts("""
                kind: brief
                id: b
                brand: {name: Glow}
                campaign:
                  industry: fashion
                  kpis:
                    - {metric: err, target: "4%"}
                    - {metric: ctr, target: "1%"}
                    - {metric: discount_code_uses, target: 200}
                    - {metric: story_completion, target: "70%"}
                    - {metric: roi, target: "100%"}
                    - {metric: followers, target: 1000}
                ---
                kind: post
                id: p2
                brief: b
                platform: instagram
                format: story
                caption: ""
                ---
                kind: results
                post: p1
                brief: b
                reach: 12000
                impressions: 15000
                likes: 300
                comments: 20
                clicks: 150
                discount_code_uses: 40
                revenue: 900
                cost: 300
                ---
                kind: results
                post: p2
                reach: 8000
                likes: 180
                saves: 20
                clicks: 40
                discount_code_uses: 60
                frame_views: [8000, 5000, 4000]
                cost: 200
                """);
        List<KpiProgress> kpis = derive(new PostMetricsDeriver(), facts, KpiProgress.class);
        assertEquals(6, kpis.size());
        java.util.Map<KpiMetric, Double> actual = new java.util.EnumMap<>(KpiMetric.class);
        for (KpiProgress k : kpis) {
            assertEquals(2, k.posts(), "p2's results reach the brief through the post");
            if (k.actual() != null) actual.put(k.kpi().metric(), k.actual());
        }
        assertEquals(520.0 / 20000 * 100, actual.get(KpiMetric.ERR), 1e-9);          // (320 + 200) / (12000 + 8000) = 2.6 %
        assertEquals(190.0 / 23000 * 100, actual.get(KpiMetric.CTR), 1e-9);          // (150 + 40) / (15000 impressions + 8000 reach)
        assertEquals(100.0, actual.get(KpiMetric.DISCOUNT_CODE_USES), 1e-9);        // 40 + 60
        assertEquals(50.0, actual.get(KpiMetric.STORY_COMPLETION), 1e-9);           // 4000 / 8000
        assertEquals(200.0, actual.get(KpiMetric.ROI), 1e-9);                       // only p1 has revenue: (900 - 300) / 300
        assertNull(actual.get(KpiMetric.FOLLOWERS), "results do not measure followers");
    }

    @Test
    void fillerTextIsFoundInObjectivesAndKeyMessages() {
        List<Located> facts = facts("""
                kind: brief
                brand: {name: Fizz}
                campaign:
                  objectives: [{description: "Have fun!!"}]
                  start: 2027-06-01
                  end: 2027-06-30
                key_messages: ["see attached"]
                compensation: {model: product_only}
                """);
        List<FillerText> filler = derive(new FillerTextDeriver(), facts, FillerText.class);
        assertEquals(List.of("Have fun!!", "see attached"), filler.stream().map(FillerText::text).toList());
        assertEquals("key_messages[0]", filler.get(1).path());
    }

    @Test
    void incompleteCreatorsAreLeftToTheInputRules() {
        List<Located> facts = facts("""
                kind: brief
                brand: {name: Glow}
                influencers:
                  - {handle: "@no.platform", followers: 5000}
                """);
        assertEquals(List.of(), derive(new CreatorStatsDeriver(), facts, CreatorStats.class));
    }

    @Test
    void evidenceIsAWordOfItsKindAndADetailThatPinsItDown() {
        List<String> words = TestEngine.get().data().words("briefs.evidence_words");
        assertEquals("study", EvidenceDeriver.evidenceWord("Clinical study by Dermatest", words));
        assertEquals("Laborbericht", EvidenceDeriver.evidenceWord("Laborbericht Nr. 2025-118", words));
        assertEquals("tested", EvidenceDeriver.evidenceWord("Dermatologically tested", words));
        assertNull(EvidenceDeriver.evidenceWord("Our latest formula", words), "a word that only ends in test");
        assertNull(EvidenceDeriver.evidenceWord("Proven, trust me", words));
        assertEquals("#A-1042", EvidenceDeriver.of(claim("Lab report #A-1042"), words).detail());
        assertEquals("2025", EvidenceDeriver.of(claim("Clinical study by Dermatest, 2025, 32 participants"), words).detail());
        Evidence link = EvidenceDeriver.of(claim("https://glow.example/vegan.pdf"), words);
        assertEquals("link", link.kind());
        assertEquals("https://glow.example/vegan.pdf", link.detail());
        assertNull(EvidenceDeriver.of(claim("Internal test"), words).detail());
    }

    private static io.briefcheck.model.BriefClaim claim(String substantiation) {
        return new io.briefcheck.model.BriefClaim(null, "A claim", substantiation);
    }

    @Test
    void exampleDomainsAreTheReservedOnesAndBelowThem() {
        List<String> domains = List.of("example.com", "example.org", "example.net");
        assertEquals("example.com", PlaceholderDeriver.exampleDomain("you@example.com", domains));
        assertEquals("example.org", PlaceholderDeriver.exampleDomain("https://www.example.org/about", domains));
        assertNull(PlaceholderDeriver.exampleDomain("sanne@glow.example", domains), "the .example names of our examples");
        assertNull(PlaceholderDeriver.exampleDomain("https://notexample.com", domains));
        assertNull(PlaceholderDeriver.exampleDomain("see example.com for details", domains), "a whole field only");
    }

    @Test
    void theCostIsTheFeeForEveryDeliverableOfEveryCreator() {
        List<Located> facts = facts("""
                kind: brief
                brand: {name: Glow}
                budget: {amount: 2000, currency: EUR}
                compensation: {model: fee, fee: {amount: 250, currency: EUR, per: Reel}}
                deliverables:
                  - {platform: instagram, format: reel, count: 2}
                  - {platform: instagram, format: story}
                influencers:
                  - {handle: "@a", platform: instagram, followers: 12000}
                  - {handle: "@b", platform: instagram, followers: 15000}
                """);
        CampaignCost cost = derive(new CampaignCostDeriver(), facts, CampaignCost.class).get(0);
        assertEquals(3, cost.perCreator(), "a deliverable without a count counts once");
        assertEquals(1500, cost.total());
        assertEquals("250 EUR per Reel × 3 deliverables per creator × 2 creators = 1,500 EUR", cost.sum());
    }
}
