package io.briefcheck.analysis.disclosure;

import io.briefcheck.core.Box;
import io.briefcheck.engine.RuleData;
import io.briefcheck.media.MediaReader;
import io.briefcheck.media.NotChecked;
import io.briefcheck.media.SeenPicture;
import io.briefcheck.media.SeenWord;
import io.briefcheck.media.Tools;
import io.briefcheck.model.Attachment;
import io.briefcheck.model.Frame;
import io.briefcheck.model.Market;
import io.briefcheck.model.Post;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a post's pictures and video show, as far as the user did not type it: each Story frame that names an
 * image and has no {@code on_screen_text} is read by OCR, and a video file whose post has no
 * {@code on_screen_text} cues is sampled and read. What could not be read becomes {@link MediaNotChecked}.
 * Made only for a post that names a picture or video that exists ({@link PostAnalyzer}): the text-only path
 * never loads it, nor the media package.
 */
public final class SeenMedia {

    private final MediaRules rules;
    private final Post post;
    private final SeenPicture[] frames;
    private final List<SeenPicture> samples;
    private final Map<String, MediaNotChecked> problems = new LinkedHashMap<>();
    /** The frames whose text was to be read from their picture, and could not be. */
    private final java.util.Set<Integer> unread = new java.util.HashSet<>();

    SeenMedia(RuleData data, Post post) {
        this.rules = MediaRules.of(data);
        this.post = post;
        MediaReader reader = new MediaReader(Tools.installed(), rules.settings);
        this.frames = new SeenPicture[post.frames().size()];
        List<Attachment> images = new ArrayList<>();
        List<Integer> which = new ArrayList<>();
        for (int i = 0; i < frames.length; i++) {
            Frame f = post.frames().get(i);
            if (f.image() != null && f.image().found() && blank(f.onScreenText())) {
                images.add(f.image());
                which.add(i);
            }
        }
        List<MediaReader.Result> read = images.isEmpty() ? List.of() : reader.pictures(images);
        for (int j = 0; j < read.size(); j++) {
            int i = which.get(j);
            MediaReader.Result r = read.get(j);
            if (r.problem() != null) {
                problem("frames[" + i + "].image", r.problem());
                unread.add(i);
            } else {
                frames[i] = r.pictures().get(0);
            }
        }
        List<SeenPicture> video = List.of();
        if (post.video() != null && post.video().file() != null && post.video().file().found()
                && post.video().onScreenText().isEmpty()) {
            MediaReader.Result r = reader.video(post.video().file());
            if (r.problem() != null) problem("video.file", r.problem());
            else video = r.pictures();
        }
        this.samples = video;
    }

    /** True when the rule set says how to read media (rules/data/media.yaml); a rule set without it reads none. */
    static boolean configured(RuleData data) {
        return data.get("media.reading") != null;
    }

    /**
     * Reads the pictures and videos of {@code posts} now, before the rules' time limit starts (OCR takes
     * seconds and has time limits of its own); the analysis then finds them read ({@link MediaReader} keeps them).
     */
    public static void readAhead(List<Post> posts, RuleData data) {
        if (!configured(data)) return;
        for (Post p : posts) if (p.namesMedia()) new SeenMedia(data, p);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private void problem(String path, NotChecked why) {
        problems.putIfAbsent(why.getMessage(), new MediaNotChecked(post, path, why.getMessage(), why.fix()));
    }

    List<MediaNotChecked> problems() {
        return List.copyOf(problems.values());
    }

    /** Frame {@code i}'s picture as read, or null when it was not (typed text, no image, or a problem). */
    SeenPicture frame(int i) {
        return frames[i];
    }

    /** True when frame {@code i} has only its picture to say what is on it, and the picture could not be read. */
    boolean unread(int i) {
        return unread.contains(i);
    }

    /** The video's samples in time order; empty when it was not read. */
    List<SeenPicture> samples() {
        return samples;
    }

    /** The time one sample stands for. */
    double sampleSeconds() {
        return 1 / rules.settings.samplesPerSecond();
    }

    /** A label shown on the video from {@code at} to {@code until} (seconds), first read on {@code picture}. */
    record Shown(LabelMatch match, NormalizedText text, SeenPicture picture, double at, double until) {
    }

    /**
     * The labels the market's vocabulary finds on the video's samples, each run of samples that shows the same
     * label once: a label held on screen while other text around it changes is one showing, with its length.
     */
    List<Shown> shown(Vocabulary vocab, List<String> brands, PostText.Reader reader) {
        double dt = sampleSeconds();
        List<Shown> out = new ArrayList<>();
        Map<String, int[]> open = new LinkedHashMap<>();
        Map<String, Shown> first = new LinkedHashMap<>();
        for (int k = 0; k <= samples.size(); k++) {
            java.util.Set<String> here = new java.util.HashSet<>();
            if (k < samples.size()) {
                SeenPicture p = samples.get(k);
                NormalizedText t = reader.normalize(p.text());
                for (LabelMatch m : vocab.find(t, brands, PostText.hashtagsOf(reader.tokens(t)))) {
                    if (m.lookalike()) continue;
                    String key = m.kind() + ":" + t.originalSlice(m.start(), m.end()).toLowerCase(java.util.Locale.ROOT);
                    here.add(key);
                    if (open.putIfAbsent(key, new int[] {k, k}) == null) first.put(key, new Shown(m, t, p, 0, 0));
                    open.get(key)[1] = k;
                }
            }
            for (var it = open.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                if (here.contains(e.getKey())) continue;
                Shown s = first.remove(e.getKey());
                out.add(new Shown(s.match(), s.text(), s.picture(), e.getValue()[0] * dt, (e.getValue()[1] + 1) * dt));
                it.remove();
            }
        }
        out.sort(java.util.Comparator.comparingDouble(Shown::at));
        return out;
    }

    /**
     * How the label at [start, end) of the picture's text looks: its box, height, contrast and the app's zone over
     * it; {@code seconds} how long it stays on a video (null for a Story frame). Null when no word of the picture
     * holds it.
     */
    SeenLabel measure(Market market, String path, String label, SeenPicture picture, int start, int end, Double seconds) {
        List<SeenWord> words = picture.wordsAt(start, end);
        if (words.isEmpty()) return null;
        Box box = words.get(0).box();
        double contrast = words.get(0).contrast();
        for (SeenWord w : words) {
            box = box.union(w.box());
            contrast = Math.min(contrast, w.contrast());
        }
        double height = 100.0 * box.height() / box.imageHeight();
        String zone = rules.coveringZone(post, box);
        return new SeenLabel(post, market, path, label, box, height, contrast, zone, seconds, height < rules.minHeightPercent,
                contrast < rules.minContrast, seconds != null && seconds < rules.minSeconds);
    }
}
