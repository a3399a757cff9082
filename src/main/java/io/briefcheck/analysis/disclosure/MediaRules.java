package io.briefcheck.analysis.disclosure;

import io.briefcheck.core.Box;
import io.briefcheck.engine.RuleData;
import io.briefcheck.media.MediaSettings;
import io.briefcheck.model.Post;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code rules/data/media.yaml}: how pictures are read and when a label on one cannot be read. Loaded only
 * for a post that names a picture or video (the text-only checks never build it), once per rule set.
 */
final class MediaRules {

    /** A part of the screen the app covers, in percent of the frame. */
    record Zone(String platform, List<String> formats, String name, double left, double top, double width, double height) {
    }

    private static volatile MediaRules last;

    final RuleData data;
    final MediaSettings settings;
    final double minHeightPercent;
    final double minContrast;
    final double minSeconds;
    final double coveredPercent;
    final List<Zone> zones;

    private MediaRules(RuleData data) {
        this.data = data;
        this.settings = new MediaSettings(data.strings("media.reading.languages"), (int) data.number("media.reading.min_confidence"),
                (int) data.number("media.reading.ocr_width"), (int) data.number("media.reading.thresholding"),
                (int) data.number("media.reading.picture_timeout_s"),
                (int) data.number("media.reading.video_timeout_s"), data.number("media.reading.samples_per_second"),
                data.number("media.reading.max_seconds"), (long) data.number("media.reading.max_megapixels") * 1_000_000L);
        this.minHeightPercent = data.number("media.label_height.min_percent");
        this.minContrast = data.number("media.contrast.min_ratio");
        this.minSeconds = data.number("media.label_time.min_seconds");
        this.coveredPercent = data.number("media.overlays.covered_percent");
        List<Zone> z = new ArrayList<>();
        if (data.get("media.overlays.zones") instanceof List<?> list) {
            for (Object o : list) {
                if (!(o instanceof Map<?, ?> m)) continue;
                List<String> formats = m.get("formats") instanceof List<?> f ? f.stream().map(String::valueOf).toList() : List.of();
                z.add(new Zone(String.valueOf(m.get("platform")), formats, String.valueOf(m.get("name")), num(m.get("left")),
                        num(m.get("top")), num(m.get("width")), num(m.get("height"))));
            }
        }
        this.zones = List.copyOf(z);
    }

    static MediaRules of(RuleData data) {
        MediaRules r = last;
        if (r == null || r.data != data) last = r = new MediaRules(data);
        return r;
    }

    private static double num(Object o) {
        return o instanceof Number n ? n.doubleValue() : 0;
    }

    /** The zone of the post's app that covers at least {@code covered_percent} of the box; null when none. */
    String coveringZone(Post post, Box box) {
        if (post.platform() == null || post.format() == null || box.width() <= 0 || box.height() <= 0) return null;
        String platform = post.platform().code();
        String format = post.format().code();
        double area = (double) box.width() * box.height();
        for (Zone z : zones) {
            if (!z.platform().equals(platform) || !z.formats().contains(format)) continue;
            double zx0 = z.left() / 100 * box.imageWidth();
            double zy0 = z.top() / 100 * box.imageHeight();
            double zx1 = zx0 + z.width() / 100 * box.imageWidth();
            double zy1 = zy0 + z.height() / 100 * box.imageHeight();
            double w = Math.min(zx1, box.x() + box.width()) - Math.max(zx0, box.x());
            double h = Math.min(zy1, box.y() + box.height()) - Math.max(zy0, box.y());
            if (w > 0 && h > 0 && w * h / area * 100 >= coveredPercent) return z.name();
        }
        return null;
    }
}
