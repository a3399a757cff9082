package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;
import java.util.Objects;

/** Inferred fact (rules/disclosure/post.drl): the post advertises cosmetics or skin care. */
public record BeautyPost(Post post) {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof BeautyPost other && Objects.equals(post, other.post);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(post);
    }
}
