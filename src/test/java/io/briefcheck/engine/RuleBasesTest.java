package io.briefcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.TestEngine;
import io.briefcheck.analysis.Derivers;
import io.briefcheck.core.Finding;
import io.briefcheck.load.Document;
import io.briefcheck.load.Loader;
import io.briefcheck.model.Brief;
import io.briefcheck.model.Post;
import io.briefcheck.model.RunSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;

/**
 * A run of a few documents builds only the rule packages that can fire on them (RuleBases). This holds
 * that choice to what the rules do: on every example, fixture and decision, every rule that fires with
 * all packages built belongs to a package chosen for its group, so no finding can be lost; and the
 * choice does leave packages out where nothing of theirs can fire.
 */
class RuleBasesTest {

    private static final RunSettings DEFAULT = RunSettings.DEFAULT.on(TestEngine.TODAY);
    /** Every market with a pack, as --market would name them: the rules then check each draft for all of them. */
    private static final RunSettings EVERY_MARKET = new RunSettings(List.of("US", "GB", "NL", "DE", "FR", "IE"), TestEngine.TODAY);
    private static Engine engine;

    private static synchronized Engine engine() throws Exception {
        if (engine == null) engine = Engine.build(true, List.of(), Derivers.ALL);
        return engine;
    }

    @Test
    void aBriefAloneNeedsTheBriefsPackagesAndNoMarketsPack() throws Exception {
        Set<String> packages = engine().packagesFor(documents(Path.of("briefs/spring-glow/brief.yaml")), DEFAULT);
        assertNotNull(packages, "the bundled rules are run from their model, which can be built in part");
        assertTrue(packages.containsAll(List.of("briefcheck.brief", "briefcheck.mistake")), packages.toString());
        for (String market : List.of("asa", "ftc", "rsm", "uwg", "fr", "eu", "disclosure")) {
            assertFalse(packages.contains("briefcheck." + market), market + " cannot fire on a brief: " + packages);
        }
    }

    @Test
    void aUsDraftNeedsTheFtcPackButNotTheUksOrTheBriefs() throws Exception {
        Set<String> packages = engine().packagesFor(documents(Path.of("briefs/drafts/us-hashtag-block.yaml")), DEFAULT);
        assertNotNull(packages);
        assertTrue(packages.containsAll(List.of("briefcheck.ftc", "briefcheck.disclosure")), packages.toString());
        for (String other : List.of("asa", "rsm", "uwg", "brief")) {
            assertFalse(packages.contains("briefcheck." + other), other + " cannot fire on a US draft: " + packages);
        }
    }

    /** What a one-file check builds while it reads the file (Main, KindGuess): a brief's packages, nothing for a draft. */
    @Test
    void theRulesBuiltAheadForABriefAreTheBriefsPackagesAndForADraftNone() throws Exception {
        assertEquals(Set.of("briefcheck.brief", "briefcheck.mistake", "briefcheck.practice"),
                engine().packagesAheadFor(Set.of(Brief.class)));
        assertTrue(engine().packagesAheadFor(Set.of(Post.class)).isEmpty(), "a draft's packages depend on its caption and market");
        assertNull(engine().buildAheadFor(Set.of(Post.class)), "nothing to build ahead for a draft");
    }

    /**
     * As a one-file check does: the base built ahead on another thread serves the brief (its three packages, not
     * every one, though a draft was checked first with its own), and finds what every package finds.
     */
    @Test
    void aBaseBuiltAheadServesTheGroupsItCoversAndOnlyThose() throws Exception {
        Engine fresh = Engine.build(true, List.of(), Derivers.ALL);
        Runnable ahead = fresh.buildAheadFor(Set.of(Brief.class));
        assertNotNull(ahead);
        Thread t = new Thread(ahead, "ahead");
        t.start();
        List<Document> draft = documents(Path.of("briefs/drafts/us-hashtag-block.yaml"));
        List<Document> brief = documents(Path.of("briefs/spring-glow/brief.yaml"));
        assertEquals(fresh.packagesFor(draft, DEFAULT), fresh.packagesBuiltFor(draft, DEFAULT), "the draft's own packages");
        assertEquals(Set.of("briefcheck.brief", "briefcheck.mistake", "briefcheck.practice"), fresh.packagesBuiltFor(brief, DEFAULT));
        t.join();
        // a base built ahead may hold more packages than a group needs (a brief's guess, the brief and a draft's): the same
        Engine more = restricted(Set.of("briefcheck.brief", "briefcheck.mistake", "briefcheck.practice", "briefcheck.disclosure",
                "briefcheck.ftc", "briefcheck.asa"));
        for (List<Document> docs : List.of(brief, draft)) {
            List<String> all = describe(engine().run(docs, DEFAULT, d -> { }, null, Deadline.NONE, false));
            assertFalse(all.isEmpty());
            assertEquals(all, describe(fresh.run(docs, DEFAULT, d -> { }, null, Deadline.NONE, true)));
            assertEquals(all, describe(more.run(docs, DEFAULT, d -> { }, null, Deadline.NONE, false)));
        }
    }

    /**
     * On every example, fixture and decision, each group's findings with only its chosen packages built are
     * those with every package; and every reporting rule that fires is in a chosen package.
     */
    @TestFactory
    Stream<DynamicTest> onlyTheChosenPackagesFindWhatEveryPackageFinds() throws IOException {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("briefs", "src/test/resources/rules", "src/test/resources/decisions", "src/test/resources/corpus")) {
            try (Stream<Path> walk = Files.walk(Path.of(root))) {
                walk.filter(f -> f.toString().endsWith(".yaml")).sorted(Comparator.naturalOrder()).forEach(files::add);
            }
        }
        return files.stream().map(file -> DynamicTest.dynamicTest(file.toString(), () -> {
            List<Document> docs = documents(file);
            for (RunSettings settings : List.of(DEFAULT, EVERY_MARKET)) {
                for (List<Document> group : Groups.of(docs)) {
                    Set<String> chosen = engine().packagesFor(group, settings);
                    assertNotNull(chosen);
                    Set<String> fired = ConcurrentHashMap.newKeySet();
                    List<String> all = describe(engine().observedBy(new DefaultAgendaEventListener() {
                        @Override
                        public void afterMatchFired(AfterMatchFiredEvent event) {
                            if (event.getMatch().getRule().getMetaData().containsKey("id")) {
                                fired.add(event.getMatch().getRule().getPackageName());
                            }
                        }
                    }).run(group, settings, d -> { }, null, Deadline.NONE, false));
                    Set<String> missing = new TreeSet<>(fired);
                    missing.removeAll(chosen);
                    String where = file + " " + settings.markets() + " with " + new TreeSet<>(chosen);
                    assertTrue(missing.isEmpty(), "reporting rules fired in packages not chosen for " + where + ": " + missing);
                    Engine part = RESTRICTED.computeIfAbsent(Set.copyOf(chosen), RuleBasesTest::restricted);
                    assertEquals(all, describe(part.run(group, settings, d -> { }, null, Deadline.NONE, false)), where);
                }
            }
        }));
    }

    private static final Map<Set<String>, Engine> RESTRICTED = new ConcurrentHashMap<>();

    private static Engine restricted(Set<String> packages) {
        try {
            return engine().restrictedTo(packages);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static List<String> describe(List<Finding> findings) {
        return findings.stream().map(f -> f.rule() + " " + f.line() + ":" + f.column() + " " + f.message()).sorted().toList();
    }

    private static List<Document> documents(Path file) {
        return new Loader().loadFile(file, file.toString()).stream().filter(d -> d.fact() != null).toList();
    }
}
