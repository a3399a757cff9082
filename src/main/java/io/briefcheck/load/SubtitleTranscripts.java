package io.briefcheck.load;

import io.briefcheck.model.Attachment;
import io.briefcheck.model.Cue;
import io.briefcheck.model.Source;
import io.briefcheck.model.Timestamp;
import io.briefcheck.model.Video;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes a video's subtitles file ({@code video.subtitles}) its transcript: each cue a line said at its
 * start time, so every rule that reads the transcript reads the subtitles the same way. A file that cannot
 * be read as subtitles is reported at its line and column, in that file, and gives no transcript. When the
 * video also has a typed {@code transcript:}, the subtitles are what the video says: they are checked, and
 * the typed lines are reported as left out (an error, so nobody believes them checked).
 */
final class SubtitleTranscripts {

    private final Limits limits;
    private final List<Problem> problems;
    private final List<Borrowed> borrowed = new ArrayList<>();

    SubtitleTranscripts(Limits limits, List<Problem> problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /** The files read so far, for the document's positions. */
    List<Borrowed> borrowed() {
        return borrowed;
    }

    /** The video with its subtitles as its transcript; itself when it names none that was found. */
    Video read(Video video, YNode.Mapping node) {
        Attachment subtitles = video.subtitles();
        if (subtitles == null || !subtitles.found()) return video;
        String file = shownName(subtitles.source().file(), subtitles.name());
        YNode.Entry named = node.fields().get("subtitles");
        Position namedAt = named == null ? node.at() : named.value().at();
        Subtitles.Read read = Subtitles.read(file, subtitles.path(), limits);
        if (read.fault() != null) {
            Subtitles.Fault f = read.fault();
            problems.add(new Problem(f.rule(), f.at(), subtitles.source().path(), f.message(), f.fix(), file));
            borrowed.add(new Borrowed(file, read.lines(), namedAt, null, List.of()));
            return video;
        }
        Source list = video.source().child("transcript");
        YNode.Entry typed = node.fields().get("transcript");
        if (!video.transcript().isEmpty() && typed != null) {
            problems.add(new Problem(InputRule.INVALID_VALUE, typed.keyAt(), list.path(), "This video has both a typed "
                    + "transcript and a subtitles file ('" + subtitles.name() + "'); briefcheck checks the subtitles, "
                    + "which are what the video says, and left the typed lines out.",
                    "Delete 'transcript:' (the subtitles file has what is said), or delete 'subtitles:' to check the typed lines instead."));
        }
        List<Cue> cues = new ArrayList<>(read.cues().size());
        for (Subtitles.Cue c : read.cues()) {
            cues.add(new Cue(list.item(cues.size()), new Timestamp(c.start(), c.startText()),
                    new Timestamp(c.end(), c.endText()), c.text(), null));
        }
        borrowed.add(new Borrowed(file, read.lines(), namedAt, list.path(), read.cues()));
        return video.withTranscript(cues);
    }

    /**
     * The name reports show a file under that the document {@code document} names {@code name}: beside the
     * document's own name, as the user gave it (relative when it is), so reports point at it the same way.
     */
    static String shownName(String document, String name) {
        int slash = Math.max(document.lastIndexOf('/'), document.lastIndexOf('\\'));
        String joined = slash < 0 ? name : document.substring(0, slash + 1) + name;
        try {
            if (Path.of(name).isAbsolute()) return name;
            String normal = Path.of(joined).normalize().toString();
            return document.indexOf('\\') < 0 ? normal.replace('\\', '/') : normal;
        } catch (InvalidPathException e) {
            return joined;
        }
    }
}
