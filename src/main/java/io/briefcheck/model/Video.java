package io.briefcheck.model;

import java.util.List;

public record Video(Source source, Double durationS, List<Cue> transcript, List<Cue> onScreenText)
        implements Located {
}
