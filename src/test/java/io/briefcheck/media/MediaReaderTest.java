package io.briefcheck.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.briefcheck.model.Attachment;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reading pictures and videos: a missing tool, a file that is no picture, a picture that claims to be huge and
 * a damaged video each give one clear message with what to do, in bounded time, never an exception; the
 * contrast of known colours is WCAG's; a video made here is sampled at its times and its label found when it
 * is on screen.
 */
class MediaReaderTest {

    private static final Tools NONE = new Tools(null, null);

    @Test
    void withoutTheToolsSaysWhatWasNotCheckedAndHowToInstall(@TempDir Path dir) throws Exception {
        Path frame = Frames.write(Frames.background(1, true, 0, 90, 160), dir.resolve("frame1.png"));
        MediaReader.Result r = new MediaReader(NONE, MediaTestTools.SETTINGS).pictures(List.of(OcrAccuracyTest.attachment(frame))).get(0);
        assertEquals("Tesseract OCR is not installed, so the text on the pictures was not read.", r.problem().getMessage());
        assertTrue(r.problem().fix().contains("apt-get install tesseract-ocr") && r.problem().fix().contains("brew install tesseract")
                && r.problem().fix().contains("Windows"), r.problem().fix());
        Path video = Files.write(dir.resolve("reel.mp4"), new byte[] {0, 0, 0, 24});
        MediaReader.Result v = new MediaReader(NONE, MediaTestTools.SETTINGS).video(OcrAccuracyTest.attachment(video));
        assertEquals("ffmpeg is not installed, so the video's frames were not read.", v.problem().getMessage());
        assertTrue(v.problem().fix().contains("apt-get install ffmpeg") && v.problem().fix().contains("brew install ffmpeg"), v.problem().fix());
    }

    @Test
    void aFileThatIsNoPictureOrClaimsToBeHugeIsRefusedBeforeAnyPixelIsRead(@TempDir Path dir) throws Exception {
        Path text = Files.writeString(dir.resolve("frame1.png"), "not a picture");
        Path huge = Files.write(dir.resolve("frame2.png"), pngClaiming(100_000, 100_000));
        long start = System.nanoTime();
        List<MediaReader.Result> r = new MediaReader(NONE, MediaTestTools.SETTINGS)
                .pictures(List.of(OcrAccuracyTest.attachment(text), OcrAccuracyTest.attachment(huge)));
        assertEquals("'frame1.png' could not be read as a picture: it is not a PNG or JPEG picture, so its text was not checked.",
                r.get(0).problem().getMessage());
        assertEquals("'frame2.png' is 100000×100000 pixels, more than briefcheck reads (40 million pixels), so its text was not checked.",
                r.get(1).problem().getMessage());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(2), "refused at once");
    }

    @Test
    void aDamagedVideoIsAClearMessageInBoundedTime(@TempDir Path dir) throws Exception {
        MediaTestTools.assumeFfmpeg();
        byte[] junk = new byte[200_000];
        new Random(7).nextBytes(junk);
        System.arraycopy(new byte[] {0, 0, 0, 24, 'f', 't', 'y', 'p', 'i', 's', 'o', 'm'}, 0, junk, 0, 12);
        Path video = Files.write(dir.resolve("reel.mp4"), junk);
        long start = System.nanoTime();
        MediaReader.Result r = new MediaReader(Tools.installed(), MediaTestTools.SETTINGS).video(OcrAccuracyTest.attachment(video));
        assertNotNull(r.problem(), "a damaged video is reported");
        assertTrue(r.problem().getMessage().startsWith("'reel.mp4' could not be read as a video ("), r.problem().getMessage());
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(30), "within the time limit");
    }

    @Test
    void contrastIsTheWcagRatioOfTheTextAndItsBackground() {
        assertEquals(21, box(Color.BLACK, Color.WHITE), 0.5);
        assertEquals(1, box(Color.GRAY, Color.GRAY), 0.01);
        // #767676 on white is WCAG's classic 4.54:1
        assertEquals(4.54, box(new Color(0x76, 0x76, 0x76), Color.WHITE), 0.15);
    }

    /** The contrast measured in a box of background with a bar of ink across its middle third. */
    private static double box(Color ink, Color background) {
        BufferedImage image = new BufferedImage(60, 30, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 30; y++) for (int x = 0; x < 60; x++) image.setRGB(x, y, (y >= 10 && y < 20 ? ink : background).getRGB());
        return Contrast.inBox(image, 0, 0, 60, 30);
    }

    @Test
    void aVideoIsSampledAndItsLabelFoundWhileOnScreen(@TempDir Path dir) throws Exception {
        MediaTestTools.assumeFfmpeg();
        for (int s = 0; s < 8; s++) {
            BufferedImage image = Frames.background(3, true, 0, 360, 640);
            if (s >= 2 && s < 6) Frames.draw(image, new Frames.Label("#ad", 40, Color.WHITE, null, 120, 200));
            Frames.draw(image, new Frames.Label("Glow serum", 36, Color.WHITE, null, 60, 380));
            Frames.write(image, dir.resolve(String.format("s%02d.png", s)));
        }
        Path video = dir.resolve("reel.mp4");
        Process p = new ProcessBuilder("ffmpeg", "-v", "error", "-y", "-framerate", "1", "-i", dir.resolve("s%02d.png").toString(),
                "-c:v", "libx264", "-pix_fmt", "yuv420p", "-r", "10", video.toString()).inheritIO().start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "ffmpeg made the test video");
        long start = System.nanoTime();
        MediaReader.Result r = new MediaReader(Tools.installed(), MediaTestTools.SETTINGS).video(OcrAccuracyTest.attachment(video));
        double seconds = (System.nanoTime() - start) / 1e9;
        assertEquals(null, r.problem());
        List<Double> labelled = new ArrayList<>();
        for (SeenPicture s : r.pictures()) if (s.text().contains("#ad")) labelled.add(s.timeS());
        System.out.printf(Locale.ROOT, "an 8 s video read in %.1f s: %d samples, \"#ad\" read at %s%n", seconds, r.pictures().size(), labelled);
        assertEquals(16, r.pictures().size(), "2 samples a second");
        assertEquals(List.of(2.0, 2.5, 3.0, 3.5, 4.0, 4.5, 5.0, 5.5), labelled, "the label is on screen from 2 s to 6 s");
    }

    /** A PNG whose header says it is {@code w}×{@code h} pixels (with a valid checksum) and that holds no pixels. */
    private static byte[] pngClaiming(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
        ByteBuffer ihdr = ByteBuffer.allocate(17).put(new byte[] {'I', 'H', 'D', 'R'}).putInt(w).putInt(h)
                .put(new byte[] {8, 2, 0, 0, 0});
        out.write(ByteBuffer.allocate(4).putInt(13).array());
        out.write(ihdr.array());
        CRC32 crc = new CRC32();
        crc.update(ihdr.array());
        out.write(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
        return out.toByteArray();
    }

    @Test
    void aPictureWrittenAsJpegReadsToo(@TempDir Path dir) throws Exception {
        BufferedImage image = Frames.background(5, true, 0, 90, 160);
        ImageIO.write(image, "jpeg", dir.resolve("frame.jpg").toFile());
        assertEquals(160, Pictures.read("frame.jpg", dir.resolve("frame.jpg"), 1_000_000).getHeight());
    }
}
