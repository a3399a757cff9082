package io.briefcheck.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The pictures and videos the rule fixtures name (src/test/resources/media/), drawn here so that what is on
 * them is known: Story frames of 720×1280 on smooth backgrounds (small files) with a clear label, none, a
 * small one, a faint one and one under Instagram's top bar, a file that is no picture, and two short videos
 * made with ffmpeg, one showing "#ad" for a second and one for the whole video. The test checks that they
 * are there and of their size; {@code -Dbriefcheck.updateFixtures=true} draws them again.
 */
class MediaFixturesTest {

    static final Path DIR = Path.of("src/test/resources/media");
    private static final int W = 720;
    private static final int H = 1280;
    private static final Color WHITE = Color.WHITE;

    private record Picture(String name, boolean dark, List<Frames.Label> labels) {
    }

    private static final List<Picture> PICTURES = List.of(
            new Picture("clear.png", true, List.of(new Frames.Label("#ad Morning!", 56, WHITE, null, 60, 500))),
            new Picture("nolabel.png", false, List.of(new Frames.Label("Swipe up for 20% off", 48, Color.BLACK, null, 60, 560))),
            new Picture("small.png", true, List.of(new Frames.Label("#ad", 18, WHITE, null, 300, 600),
                    new Frames.Label("New drop", 56, WHITE, null, 60, 760))),
            new Picture("faint.png", true, List.of(new Frames.Label("#ad Link below", 56, new Color(128, 128, 128), new Color(72, 72, 72), 60, 560))),
            new Picture("top.png", true, List.of(new Frames.Label("#ad", 56, WHITE, null, 300, 40),
                    new Frames.Label("Morning!", 56, WHITE, null, 60, 600))));

    @Test
    void fixturePicturesAreThere() throws Exception {
        if (Boolean.getBoolean("briefcheck.updateFixtures")) write();
        for (Picture p : PICTURES) {
            BufferedImage image = ImageIO.read(DIR.resolve(p.name()).toFile());
            assertEquals(List.of(W, H), List.of(image.getWidth(), image.getHeight()), p.name());
        }
        assertTrue(Files.size(DIR.resolve("brief.mp4")) > 0 && Files.size(DIR.resolve("long.mp4")) > 0, "the fixture videos");
        assertTrue(ImageIO.read(DIR.resolve("notapicture.png").toFile()) == null, "notapicture.png must not be a picture");
    }

    private static void write() throws Exception {
        Files.createDirectories(DIR);
        long seed = 1;
        for (Picture p : PICTURES) {
            BufferedImage image = Frames.background(seed++, p.dark(), 0, W, H);
            for (Frames.Label l : p.labels()) Frames.draw(image, l);
            Frames.write(image, DIR.resolve(p.name()));
        }
        Files.writeString(DIR.resolve("notapicture.png"), "This is text saved with a picture's name.\n", StandardCharsets.UTF_8);
        video("brief.mp4", 1);
        video("long.mp4", 6);
    }

    /** Six seconds, 360×640: "#ad" over the first {@code labelled} seconds, "Glow serum" throughout. */
    private static void video(String name, int labelled) throws IOException, InterruptedException {
        Path tmp = Files.createTempDirectory("briefcheck-fixture-");
        for (int s = 0; s < 6; s++) {
            BufferedImage image = Frames.background(40, true, 0, 360, 640);
            if (s < labelled) Frames.draw(image, new Frames.Label("#ad", 40, WHITE, null, 120, 200));
            Frames.draw(image, new Frames.Label("Glow serum", 36, WHITE, null, 60, 380));
            Frames.write(image, tmp.resolve(String.format("s%02d.png", s)));
        }
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-v", "error", "-y", "-framerate", "1", "-i",
                tmp.resolve("s%02d.png").toString(), "-c:v", "libx264", "-pix_fmt", "yuv420p", "-r", "10",
                DIR.resolve(name).toString()));
        Process p = new ProcessBuilder(command).inheritIO().start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS) && p.exitValue() == 0, "ffmpeg made " + name);
        try (var files = Files.list(tmp)) {
            for (Path f : files.toList()) Files.delete(f);
        }
        Files.delete(tmp);
    }
}
