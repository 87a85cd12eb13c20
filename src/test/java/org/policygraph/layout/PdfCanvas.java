package org.policygraph.layout;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Draws test PDFs with text placed where a test wants it: A4 pages, positions in points from the
 * top left, Helvetica in any size, regular or bold.
 * <pre>{@code
 * PdfCanvas c = new PdfCanvas();
 * c.page().text(56, 100, 20, true, "Titel");
 * byte[] pdf = c.bytes();
 * }</pre>
 */
final class PdfCanvas {

    private static final float HEIGHT = PDRectangle.A4.getHeight();

    private record Text(float x, float y, float size, boolean bold, String text, boolean rightAligned) {
    }

    private final List<List<Text>> pages = new ArrayList<>();

    /** Starts a new page; what is drawn next goes on it. */
    PdfCanvas page() {
        pages.add(new ArrayList<>());
        return this;
    }

    /** Draws {@code text} with its left end at {@code x} and its baseline {@code y} points from the top. */
    PdfCanvas text(float x, float y, float size, boolean bold, String text) {
        pages.get(pages.size() - 1).add(new Text(x, y, size, bold, text, false));
        return this;
    }

    /** Draws {@code text} with its right end at {@code x}, as numbers in a table column stand. */
    PdfCanvas right(float x, float y, float size, String text) {
        pages.get(pages.size() - 1).add(new Text(x, y, size, false, text, true));
        return this;
    }

    /** Draws lines of running text from {@code y} down, {@code leading} apart. */
    PdfCanvas lines(float x, float y, float size, float leading, String... lines) {
        for (int i = 0; i < lines.length; i++)
            text(x, y + i * leading, size, false, lines[i]);
        return this;
    }

    /** The width of {@code text} in regular type of {@code size}, in points: where the next piece glued to it starts. */
    static float width(String text, float size) {
        try {
            return new PDType1Font(Standard14Fonts.FontName.HELVETICA).getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The PDF. */
    byte[] bytes() {
        try (PDDocument doc = new PDDocument()) {
            PDFont regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            for (List<Text> texts : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    for (Text t : texts) {
                        PDFont font = t.bold() ? bold : regular;
                        float x = t.rightAligned() ? t.x() - font.getStringWidth(t.text()) / 1000 * t.size() : t.x();
                        cs.beginText();
                        cs.setFont(font, t.size());
                        cs.newLineAtOffset(x, HEIGHT - t.y());
                        cs.showText(t.text());
                        cs.endText();
                    }
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
