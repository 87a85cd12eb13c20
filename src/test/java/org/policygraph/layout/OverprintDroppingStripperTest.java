package org.policygraph.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.junit.jupiter.api.Test;
import org.policygraph.testing.Corpora;

/**
 * The stripper that drops glyphs printed twice keeps exactly the glyphs PDFBox's own check keeps,
 * in the order PDFBox sorts them into: on fake bold, inside and after ActualText sequences, and on
 * the real PDFs in {@code ../shared} when they are there. A new PDFBox whose check decides otherwise
 * fails here.
 */
class OverprintDroppingStripperTest {

    /** PDFBox's own check. */
    private static final class PdfBoxOwn extends PDFTextStripper {
        private final List<String> glyphs = new ArrayList<>();

        PdfBoxOwn() {
            setSortByPosition(true);
        }

        @Override
        protected void endPage(PDPage page) {
            record(getCharactersByArticle(), glyphs);
        }
    }

    private static final class Ours extends OverprintDroppingStripper {
        private final List<String> glyphs = new ArrayList<>();

        Ours() {
            setSortByPosition(true);
        }

        @Override
        protected void endPage(PDPage page) {
            record(getCharactersByArticle(), glyphs);
        }
    }

    /** The glyphs a page kept, in the order its lines were written, with their positions; a line break ends the page. */
    private static void record(List<List<TextPosition>> articles, List<String> out) {
        for (List<TextPosition> article : articles)
            article.forEach(t -> out.add(t.getUnicode() + "@" + t.getX() + "," + t.getY()));
        out.add("\n");
    }

    private static List<String> glyphs(byte[] pdf, PDFTextStripper stripper) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            stripper.writeText(doc, Writer.nullWriter());
        }
        return stripper instanceof Ours ours ? ours.glyphs : ((PdfBoxOwn) stripper).glyphs;
    }

    private static void assertSameGlyphs(byte[] pdf, String what) throws IOException {
        List<String> expected = glyphs(pdf, new PdfBoxOwn());
        assertFalse(expected.isEmpty(), what);
        assertEquals(expected, glyphs(pdf, new Ours()), what);
    }

    @Test
    void fakeBoldOnTwoPages() throws IOException {
        PdfCanvas c = new PdfCanvas();
        for (int page = 0; page < 2; page++) {
            c.page();
            for (float dx : new float[] {0f, 0.3f, 0.6f}) {
                c.text(56 + dx, 100, 18, false, "Evaluatie van het fietsbeleid");
                c.right(400 + dx, 140, 10, "1.234.567");
            }
            c.text(56, 180, 10, false, "Een gewone regel, eenmaal gedrukt, met dubbele letters: aa ee oo.");
        }
        byte[] pdf = c.bytes();
        assertSameGlyphs(pdf, "fake bold");
        StringBuilder text = new StringBuilder();
        for (String g : glyphs(pdf, new Ours()))
            text.append(g.equals("\n") ? g : g.substring(0, g.lastIndexOf('@')));
        // printed three times, read once per page
        assertEquals(2, text.toString().split("Evaluatie van het fietsbeleid", -1).length - 1, text.toString());
        assertEquals(2, text.toString().split("1.234.567", -1).length - 1, text.toString());
    }

    /**
     * Inside a sequence with ActualText PDFBox drops nothing; a sequence without it, nested inside,
     * ends that for the rest of the outer one too (PDFBox keeps one value, not a stack).
     */
    @Test
    void actualTextSequencesAndWhatFollowsThem() throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            COSDictionary replaced = new COSDictionary();
            replaced.setItem(COSName.ACTUAL_TEXT, new COSString("Vervangen"));
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(replaced));
                twice(cs, font, 700, "Binnen");
                cs.beginMarkedContent(COSName.P);
                twice(cs, font, 680, "Genest");
                cs.endMarkedContent();
                twice(cs, font, 660, "Erna");
                cs.endMarkedContent();
                twice(cs, font, 640, "Buiten");
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            byte[] pdf = out.toByteArray();
            assertSameGlyphs(pdf, "ActualText");
        }
    }

    private static void twice(PDPageContentStream cs, PDType1Font font, float y, String text) throws IOException {
        for (float dx : new float[] {0f, 0.4f}) {
            cs.beginText();
            cs.setFont(font, 12);
            cs.newLineAtOffset(72 + dx, y);
            cs.showText(text);
            cs.endText();
        }
    }

    @Test
    void theRealPdfs() throws IOException {
        Path dir = Corpora.shared().resolve("samples/real-pdf");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(dir), "no real PDFs at " + dir.toAbsolutePath());
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertFalse(files.isEmpty());
        for (Path f : files)
            assertSameGlyphs(Files.readAllBytes(f), f.getFileName().toString());
    }
}
