package io.briefcheck.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.briefcheck.load.Document;
import io.briefcheck.load.Loader;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class GroupsTest {

    @Test
    void aBriefIsReasonedOverWithItsPostsResultsAndCreators() {
        List<Document> docs = new Loader().loadText("run.yaml", """
                kind: brief
                id: spring
                brand: {name: Acme}
                influencers: [{handle: "@Tess", platform: instagram, followers: 1000}]
                ---
                kind: post
                id: p1
                brief: spring
                platform: instagram
                format: post
                caption: hi
                ---
                kind: results
                post: p1
                reach: 10
                ---
                kind: influencer
                handle: tess
                platform: instagram
                followers: 1000
                ---
                kind: post
                id: lonely
                platform: tiktok
                format: video
                caption: hi
                author: "@someone-else"
                ---
                kind: influencer
                handle: "@author"
                platform: tiktok
                followers: 10
                ---
                kind: post
                id: by-author
                platform: tiktok
                format: video
                caption: hi
                author: "@Author"
                """);
        Set<Set<Integer>> groups = Groups.of(docs).stream()
                .map(g -> g.stream().map(Document::index).collect(Collectors.toSet()))
                .collect(Collectors.toSet());
        assertEquals(Set.of(Set.of(0, 1, 2, 3), Set.of(4), Set.of(5, 6)), groups);
    }

    @Test
    void unreadableDocumentsAreInNoGroup() {
        List<Document> docs = new Loader().loadText("bad.yaml", "kind: nope\n---\n: : :\n");
        assertEquals(List.of(), Groups.of(docs));
    }
}
