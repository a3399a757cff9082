package io.briefcheck.analysis.disclosure;

import io.briefcheck.core.Box;
import io.briefcheck.model.Market;
import io.briefcheck.model.Post;

/**
 * Derived fact: story frame {@code index} of {@code count} carries no label this market accepts. {@code box} is
 * the frame's whole picture when its text was read from one (a finding shows the frame), else null.
 */
public record UnlabeledFrame(Post post, Market market, int index, int count, Box box) {
    public boolean first() {
        return index == 0;
    }

    public boolean last() {
        return index == count - 1;
    }
}
