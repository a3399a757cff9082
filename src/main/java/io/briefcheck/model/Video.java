package io.briefcheck.model;

import java.util.List;

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
}
