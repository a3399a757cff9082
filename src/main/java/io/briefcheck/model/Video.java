package io.briefcheck.model;

import java.util.List;
import java.util.Objects;

/**
 * {@code video:} on a post. {@code file} is the video itself (frames are sampled from it to find the
 * on-screen label); {@code subtitles} an SRT or WebVTT file read as the transcript.
 */
public record Video(Source source, Double durationS, List<Cue> transcript, List<Cue> onScreenText,
                    Attachment file, Attachment subtitles) implements Located {

    /** The same video with another transcript (the loader's, read from {@code subtitles}). */
    public Video withTranscript(List<Cue> cues) {
        return new Video(source, durationS, cues, onScreenText, file, subtitles);
    }

    // written out, not generated: faster on first use (docs/architecture.md, "Records")
    @Override
    public boolean equals(Object o) {
        return o == this || o instanceof Video other && Objects.equals(source, other.source)
                && Objects.equals(durationS, other.durationS) && Objects.equals(transcript, other.transcript)
                && Objects.equals(onScreenText, other.onScreenText) && Objects.equals(file, other.file)
                && Objects.equals(subtitles, other.subtitles);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(source);
    }
}
