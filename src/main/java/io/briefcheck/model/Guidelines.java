package io.briefcheck.model;

import java.util.List;
import java.util.Objects;

public record Guidelines(Source source, List<String> dos, List<String> donts, String script,
                         List<String> mandatoryPhrases, Boolean creativeFreedom, String approval)
        implements Located {

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Guidelines other && Objects.equals(source, other.source)
                && Objects.equals(dos, other.dos) && Objects.equals(donts, other.donts)
                && Objects.equals(script, other.script) && Objects.equals(mandatoryPhrases, other.mandatoryPhrases)
                && Objects.equals(creativeFreedom, other.creativeFreedom) && Objects.equals(approval, other.approval);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
