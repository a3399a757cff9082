package io.briefcheck.media;

import io.briefcheck.core.Box;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Runs the {@code tesseract} command once for a list of pictures (the languages load once) and reads its
 * TSV output: one row per word with its page, block, paragraph and line, box and confidence. Words read with
 * a confidence under the setting are left out: on a busy photo OCR "reads" letters in the texture.
 * Page segmentation 11 (sparse text) finds the scattered text of a Story instead of looking for columns.
 */
final class Ocr {
    private Ocr() {
    }

    /** One picture to read: its name in the document, its pixels, its time in a video, its thumbnail. */
    record Page(String name, BufferedImage image, Double timeS, String thumbnail) {
    }

    static List<SeenPicture> read(Tools tools, MediaSettings settings, List<Page> pages) throws NotChecked {
        if (pages.isEmpty()) return List.of();
        String languages = tools.languages(settings.languages(), settings.ocrTimeoutS());
        Path list = null;
        List<Path> files = new ArrayList<>();
        try {
            list = Files.createTempFile("briefcheck-ocr-", ".txt");
            StringBuilder sb = new StringBuilder();
            List<Double> scales = new ArrayList<>();
            for (Page p : pages) {
                Cleaned c = Cleaned.of(p.image(), settings.ocrWidth());
                Path f = Files.createTempFile("briefcheck-ocr-", ".png");
                files.add(f);
                ImageIO.write(c.image(), "png", f.toFile());
                scales.add(c.scale());
                sb.append(f.toAbsolutePath()).append('\n');
            }
            Files.writeString(list, sb, StandardCharsets.UTF_8);
            int timeout = settings.ocrTimeoutS() * pages.size();
            Tools.Output out = tools.run(List.of(tools.tesseract().toString(), list.toString(), "stdout", "-l", languages,
                    "--psm", "11", "-c", "thresholding_method=" + settings.thresholding(), "tsv"), timeout, "Tesseract");
            if (out.exit() != 0) {
                throw new NotChecked("Tesseract OCR could not read " + names(pages) + ": " + firstLine(out.err()),
                        "Export the frames again as PNG or JPEG and check again.");
            }
            return parse(new String(out.out(), StandardCharsets.UTF_8), pages, scales, settings.minConfidence());
        } catch (IOException e) {
            throw new NotChecked("briefcheck could not write a temporary file for Tesseract (" + e.getMessage() + ").",
                    "Check that the temporary folder has space, then check again.");
        } finally {
            Tools.delete(list);
            files.forEach(Tools::delete);
        }
    }

    /** The words of Tesseract's TSV, their boxes scaled back to each page's pixels ({@code scales}: cleaned/original). */
    static List<SeenPicture> parse(String tsv, List<Page> pages, List<Double> scales, int minConfidence) {
        List<Map<String, List<SeenWord>>> lines = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) lines.add(new LinkedHashMap<>());
        for (String row : tsv.split("\\R")) {
            String[] c = row.split("\t", -1);
            if (c.length < 12 || !c[0].equals("5")) continue; // level 5: a word
            String text = c[11].strip();
            if (text.isEmpty() || text.codePoints().noneMatch(Character::isLetterOrDigit)) continue; // "=", "~": grain
            try {
                int page = Integer.parseInt(c[1]) - 1;
                if (page < 0 || page >= pages.size() || Double.parseDouble(c[10]) < minConfidence) continue;
                Page p = pages.get(page);
                double scale = scales.get(page);
                int x = (int) Math.floor(Integer.parseInt(c[6]) / scale), y = (int) Math.floor(Integer.parseInt(c[7]) / scale);
                int w = (int) Math.ceil(Integer.parseInt(c[8]) / scale), h = (int) Math.ceil(Integer.parseInt(c[9]) / scale);
                Box box = new Box(p.name(), p.timeS(), x, y, w, h, p.image().getWidth(), p.image().getHeight(), p.thumbnail());
                SeenWord word = new SeenWord(text, box, Contrast.inBox(p.image(), x, y, w, h));
                lines.get(page).computeIfAbsent(c[2] + "." + c[3] + "." + c[4], k -> new ArrayList<>()).add(word);
            } catch (NumberFormatException notARow) {
                // the header, or a row Tesseract cut short
            }
        }
        List<SeenPicture> out = new ArrayList<>();
        for (int i = 0; i < pages.size(); i++) {
            Page p = pages.get(i);
            List<List<SeenWord>> byLine = new ArrayList<>(lines.get(i).values());
            byLine.sort((a, b) -> Integer.compare(a.get(0).box().y(), b.get(0).box().y()));
            out.add(new SeenPicture(p.name(), p.timeS(), p.image().getWidth(), p.image().getHeight(), p.thumbnail(), byLine));
        }
        return out;
    }

    private static String names(List<Page> pages) {
        return pages.size() == 1 ? "'" + pages.get(0).name() + "'" : "the pictures";
    }

    private static String firstLine(String err) {
        String s = err.strip();
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
