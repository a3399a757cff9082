package io.briefcheck.media;

import io.briefcheck.model.Attachment;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Reads the pictures and videos a post names: what text is on them, where, and how it stands out. A Story's
 * frames are read with one Tesseract run; a video is sampled with ffmpeg ({@link MediaSettings#samplesPerSecond()}
 * over its first {@link MediaSettings#maxSeconds()}), and only the samples that differ from the one before
 * are read (a label held still over a shot is read once). What was read is kept per file (its size and
 * time of change) for the process, so checking a draft again, or for several markets, reads it once.
 * <p>
 * Only {@code analysis} calls this, and only for a post that names a picture or video that exists: the
 * text-only checks never load this package.
 */
public final class MediaReader {

    /** What one file gave: its pictures' readings, or why it was not read. */
    public record Result(List<SeenPicture> pictures, NotChecked problem) {
        static Result of(NotChecked problem) {
            return new Result(List.of(), problem);
        }
    }

    private record Key(Path path, long size, long modified, MediaSettings settings) {
    }

    private static final int THUMBNAIL_WIDTH = 180;
    /**
     * Files whose reading is remembered: the read-ahead before the rules' time limit (analysis/SeenMedia.readAhead)
     * leaves them here for the analysis, so a run's media must fit (with 64, a story folder of more pictures was read
     * twice, the second time inside the time limit). A reading is a few kilobytes: words, boxes, a small thumbnail.
     */
    private static final int MAX_REMEMBERED = 1024;
    private static final Map<Key, Result> READ = Collections.synchronizedMap(new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Result> eldest) {
            return size() > MAX_REMEMBERED;
        }
    });

    private final Tools tools;
    private final MediaSettings settings;

    public MediaReader(Tools tools, MediaSettings settings) {
        this.tools = tools;
        this.settings = settings;
    }

    /** Each picture's reading, in order; the pictures not yet read are read with one Tesseract run. */
    public List<Result> pictures(List<Attachment> images) {
        Result[] out = new Result[images.size()];
        List<Integer> todo = new ArrayList<>();
        List<Ocr.Page> pages = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            Attachment a = images.get(i);
            Result known = READ.get(key(a.path()));
            if (known != null) {
                out[i] = known;
                continue;
            }
            try {
                BufferedImage image = Pictures.read(a.name(), a.path(), settings.maxPixels());
                pages.add(new Ocr.Page(a.name(), image, null, thumbnail(image)));
                todo.add(i);
            } catch (NotChecked e) {
                out[i] = remember(a.path(), Result.of(e));
            }
        }
        if (!pages.isEmpty()) {
            try {
                if (!tools.hasTesseract()) tools.tesseract();
                List<SeenPicture> seen = Ocr.read(tools, settings, pages);
                for (int j = 0; j < todo.size(); j++) {
                    int i = todo.get(j);
                    out[i] = remember(images.get(i).path(), new Result(List.of(seen.get(j)), null));
                }
            } catch (NotChecked e) {
                for (int i : todo) out[i] = Result.of(e); // not remembered: the tool may be installed by the next check
            }
        }
        return List.of(out);
    }

    /** The video's samples that were read, in time order, each a picture with its time. */
    public Result video(Attachment video) {
        Result known = READ.get(key(video.path()));
        if (known != null) return known;
        Path dir = null;
        try {
            tools.ffmpeg();
            tools.tesseract();
            dir = Files.createTempDirectory("briefcheck-video-");
            List<Path> samples = sample(video, dir);
            List<SeenPicture> seen = readSamples(video.name(), samples);
            return remember(video.path(), new Result(seen, null));
        } catch (NotChecked e) {
            return Result.of(e);
        } catch (IOException | UncheckedIOException e) {
            return Result.of(new NotChecked("briefcheck could not write the video's frames to a temporary folder (" + e.getMessage() + ").",
                    "Check that the temporary folder has space, then check again."));
        } finally {
            deleteAll(dir);
        }
    }

    private List<Path> sample(Attachment video, Path dir) throws NotChecked, IOException {
        int most = (int) Math.ceil(settings.samplesPerSecond() * settings.maxSeconds());
        String fps = String.valueOf(settings.samplesPerSecond());
        Tools.Output o = tools.run(List.of(tools.ffmpeg().toString(), "-nostdin", "-v", "error", "-i", video.path().toString(),
                "-t", String.valueOf(settings.maxSeconds()), "-an", "-sn", "-vf", "fps=" + fps + ",scale='min(iw,1080)':-2",
                "-frames:v", String.valueOf(most), dir.resolve("f%05d.png").toString()), settings.videoTimeoutS(), "ffmpeg");
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".png")).sorted(Comparator.comparing(Path::toString)).toList();
        }
        if (files.isEmpty()) {
            String why = o.err().isBlank() ? "it holds no pictures" : o.err().strip().lines().findFirst().orElse("");
            throw new NotChecked("'" + video.name() + "' could not be read as a video (" + why + "), so its on-screen text was not checked.",
                    "Export the video again as an MP4 (H.264) file and name that file here.");
        }
        return files;
    }

    /** Reads the samples, each sample that looks like the one before reusing its reading. */
    private List<SeenPicture> readSamples(String name, List<Path> samples) throws NotChecked {
        List<Ocr.Page> pages = new ArrayList<>();
        int[] readAs = new int[samples.size()];
        int[] previous = null;
        for (int k = 0; k < samples.size(); k++) {
            BufferedImage image = Pictures.read(name, samples.get(k), settings.maxPixels());
            int[] look = Look.of(image);
            if (previous != null && Look.same(previous, look)) {
                readAs[k] = pages.size() - 1;
                continue;
            }
            previous = look;
            readAs[k] = pages.size();
            pages.add(new Ocr.Page(name, image, time(k), thumbnail(image)));
        }
        List<SeenPicture> read = Ocr.read(tools, settings, pages);
        List<SeenPicture> out = new ArrayList<>(samples.size());
        for (int k = 0; k < samples.size(); k++) {
            SeenPicture p = read.get(readAs[k]);
            out.add(p.timeS() == time(k) ? p : p.at(time(k)));
        }
        return out;
    }

    private double time(int sample) {
        return sample / settings.samplesPerSecond();
    }

    /** The picture 180 pixels wide as a JPEG data: URI, for the HTML report to draw boxes on. */
    static String thumbnail(BufferedImage image) {
        int w = Math.min(THUMBNAIL_WIDTH, image.getWidth());
        int h = Math.max(1, (int) Math.round((double) image.getHeight() * w / image.getWidth()));
        BufferedImage small = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, w, h, null);
        g.dispose();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            ImageIO.write(small, "jpeg", bytes);
        } catch (IOException e) {
            return null;
        }
        return "data:image/jpeg;base64," + Base64.getEncoder().encodeToString(bytes.toByteArray());
    }

    private Key key(Path path) {
        try {
            BasicFileAttributes a = Files.readAttributes(path, BasicFileAttributes.class);
            return new Key(path.toAbsolutePath(), a.size(), a.lastModifiedTime().toMillis(), settings);
        } catch (IOException e) {
            return new Key(path.toAbsolutePath(), -1, -1, settings);
        }
    }

    private Result remember(Path path, Result r) {
        READ.put(key(path), r);
        return r;
    }

    private static void deleteAll(Path dir) {
        if (dir == null) return;
        try (Stream<Path> s = Files.list(dir)) {
            s.forEach(Tools::delete);
        } catch (IOException ignored) {
            // left for the system's temp folder cleaning
        }
        Tools.delete(dir);
    }
}
