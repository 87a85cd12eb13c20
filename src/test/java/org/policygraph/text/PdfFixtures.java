package org.policygraph.text;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Builds test PDFs on the fly from text: each text line drawn as one PDF line, blank lines as
 * vertical space, with a running header and a footer on every page, in a font that PDFBox ships
 * (so no system font is needed).
 */
public final class PdfFixtures {

    /** The running header drawn at the top of each page, with the page number at the right. */
    public static final String HEADER = "Vlaams Parlement — Schriftelijke vraag";
    /** LiberationSans, bundled in the PDFBox jar for exactly this kind of use. */
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
    private static final float SIZE = 10;
    private static final float LEADING = 13;
    private static final float MARGIN = 56;
    private static final float HEADER_ZONE = 70;
    private static final float FOOTER_ZONE = 60;

    /** What is drawn above and below the text of page {@code n} (1-based) of {@code total}. */
    public record Furniture(IntFunction<List<String>> header, IntFunction<String> footer) {
    }

    private PdfFixtures() {
    }

    /** Header "Vlaams Parlement — Schriftelijke vraag" + page number, footer "Pagina n van N". */
    public static Furniture standard(int total) {
        return new Furniture(n -> List.of(HEADER, String.valueOf(n)), n -> "Pagina " + n + " van " + total);
    }

    /** The raw lines of a text file, decoded as the reader would decode it. */
    public static List<String> lines(Path textFile) {
        try {
            String text = TextDecoder.decode(Files.readAllBytes(textFile)).text();
            return List.of(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Splits lines into pages of about {@code perPage} lines, breaking only at a blank line (as a
     * paragraph ends), with blank lines at page edges dropped.
     */
    public static List<List<String>> paginate(List<String> lines, int perPage) {
        List<List<String>> pages = new ArrayList<>();
        List<String> page = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() && page.size() >= perPage) {
                pages.add(trim(page));
                page = new ArrayList<>();
            }
            page.add(line);
        }
        pages.add(trim(page));
        pages.removeIf(List::isEmpty);
        return pages;
    }

    private static List<String> trim(List<String> page) {
        int from = 0;
        int to = page.size();
        while (from < to && page.get(from).isBlank())
            from++;
        while (to > from && page.get(to - 1).isBlank())
            to--;
        return new ArrayList<>(page.subList(from, to));
    }

    /** A PDF of {@code pages}, with the header and footer of {@code furniture} (header and footer may be null). */
    public static byte[] pdf(List<List<String>> pages, Furniture furniture) {
        try (PDDocument doc = new PDDocument()) {
            PDFont font = font(doc);
            float width = PDRectangle.A4.getWidth();
            for (List<String> page : pages)
                for (String line : page)
                    width = Math.max(width, font.getStringWidth(drawable(line)) / 1000 * SIZE + 2 * MARGIN);
            for (int n = 1; n <= pages.size(); n++) {
                List<String> body = pages.get(n - 1);
                float height = Math.max(PDRectangle.A4.getHeight(), HEADER_ZONE + FOOTER_ZONE + body.size() * LEADING + 20);
                PDPage page = new PDPage(new PDRectangle(width, height));
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (furniture != null && furniture.header() != null) {
                        List<String> parts = furniture.header().apply(n);
                        draw(cs, font, parts.get(0), MARGIN, height - 36);
                        if (parts.size() > 1) {
                            String right = parts.get(1);
                            draw(cs, font, right, width - MARGIN - font.getStringWidth(right) / 1000 * SIZE, height - 36);
                        }
                    }
                    float y = height - HEADER_ZONE;
                    for (String line : body) {
                        if (!line.isBlank())
                            draw(cs, font, drawable(line), MARGIN, y);
                        y -= LEADING;
                    }
                    if (furniture != null && furniture.footer() != null) {
                        String footer = furniture.footer().apply(n);
                        draw(cs, font, footer, (width - font.getStringWidth(footer) / 1000 * SIZE) / 2, 30);
                    }
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF of a text file on at least two pages with the standard header and footer. */
    public static byte[] pdfOf(Path textFile) {
        List<String> lines = lines(textFile);
        long nonBlank = lines.stream().filter(l -> !l.isBlank()).count();
        List<List<String>> pages = paginate(lines, (int) Math.max(4, nonBlank / 3));
        if (pages.size() < 2)
            throw new IllegalStateException(textFile + " does not fill two pages");
        return pdf(pages, standard(pages.size()));
    }

    /** A PDF of {@code pageCount} pages that carry only a picture, as a scan without OCR does. */
    public static byte[] imageOnly(int pageCount) {
        try (PDDocument doc = new PDDocument()) {
            BufferedImage image = new BufferedImage(200, 280, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = image.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 200, 280);
            g.setColor(Color.DARK_GRAY);
            for (int y = 20; y < 260; y += 12)
                g.fillRect(20, y, 160, 5);
            g.dispose();
            PDImageXObject xo = LosslessFactory.createFromImage(doc, image);
            for (int i = 0; i < pageCount; i++) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    cs.drawImage(xo, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
                }
            }
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code pdf} encrypted with AES-128; {@code userPassword} "" opens it without asking. */
    public static byte[] encrypted(byte[] pdf, String userPassword) {
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            AccessPermission permissions = new AccessPermission();
            permissions.setCanExtractContent(false);
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword, permissions);
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            return save(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PDFont font(PDDocument doc) throws IOException {
        try (InputStream in = PDDocument.class.getResourceAsStream(FONT)) {
            if (in == null)
                throw new IllegalStateException("PDFBox no longer ships " + FONT);
            return PDType0Font.load(doc, in);
        }
    }

    /** Tabs have no glyph; a space lays them out the same for the normaliser. */
    private static String drawable(String line) {
        return line.replace('\t', ' ');
    }

    private static void draw(PDPageContentStream cs, PDFont font, String text, float x, float y) throws IOException {
        cs.beginText();
        cs.setFont(font, SIZE);
        cs.newLineAtOffset(x, y);
        cs.showText(text);
        cs.endText();
    }

    private static byte[] save(PDDocument doc) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        doc.save(out);
        return out.toByteArray();
    }
}
