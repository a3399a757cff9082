package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Post;
import java.util.Objects;

/**
 * Inferred fact (rules/rsm/labels.drl): the product was a gift with no payment or obligation attached:
 * gifted, the brand had no say in the post ({@code brand_control} not true) and no brief came with it.
 * Dutch practice treats such a gift more leniently in a video: saying aloud who sent it is enough.
 */
public record UnconditionalGift(Post post) {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof UnconditionalGift other && Objects.equals(post, other.post);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(post);
    }
}
