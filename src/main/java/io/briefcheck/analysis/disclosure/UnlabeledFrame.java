package io.briefcheck.analysis.disclosure;

import io.briefcheck.model.Market;
import io.briefcheck.model.Post;

/** Derived fact: story frame {@code index} of {@code count} carries no label this market accepts. */
public record UnlabeledFrame(Post post, Market market, int index, int count) {
    public boolean first() {
        return index == 0;
    }

    public boolean last() {
        return index == count - 1;
    }
}
