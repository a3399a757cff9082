package io.briefcheck.media;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Reads a picture the document names, refusing what is not a PNG or JPEG and what is too large to decode
 * safely: the size is read from the file's header before a single pixel is, so a file that claims to be
 * 100,000 pixels wide costs nothing.
 */
final class Pictures {
    private Pictures() {
    }

    static BufferedImage read(String name, Path file, long maxPixels) throws NotChecked {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) throw notPicture(name, "it is not a PNG or JPEG picture");
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("png") && !format.equals("jpeg")) {
                    throw notPicture(name, "it is a " + format.toUpperCase(Locale.ROOT) + " picture, not a PNG or JPEG");
                }
                reader.setInput(in, true, true);
                long w = reader.getWidth(0);
                long h = reader.getHeight(0);
                if (w * h > maxPixels) {
                    throw new NotChecked("'" + name + "' is " + w + "×" + h + " pixels, more than briefcheck reads ("
                            + maxPixels / 1_000_000 + " million pixels), so its text was not checked.",
                            "Export the frame at the platform's size, e.g. 1080×1920 for a Story, and check again.");
                }
                BufferedImage image = reader.read(0);
                if (image == null) throw notPicture(name, "it holds no picture");
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw notPicture(name, "it is damaged or not a PNG or JPEG picture");
        }
    }

    private static NotChecked notPicture(String name, String why) {
        return new NotChecked("'" + name + "' could not be read as a picture: " + why + ", so its text was not checked.",
                "Export the frame again as a PNG or JPEG (a screenshot of the Story works) and name that file here.");
    }
}
