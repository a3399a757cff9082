package io.briefcheck.model;

import java.util.List;

public record Guidelines(Source source, List<String> dos, List<String> donts, String script,
                         List<String> mandatoryPhrases, Boolean creativeFreedom, String approval)
        implements Located {
}
