package org.policygraph.text;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the lines of each page of a PDF with their position, using PDFBox's own grouping of
 * glyphs into words and lines.
 * <p>
 * {@link PDFTextStripper} alone writes plain lines and loses the vertical space between them, which
 * is where the paragraph breaks of a PDF are; so the text is taken here line by line, with the
 * baseline and font size of each line, and laid out as text by {@link PdfText}.
 */
final class PdfLines extends PDFTextStripper {

    private final List<List<PdfLine>> pages = new ArrayList<>();
    private List<PdfLine> page;
    private float pageHeight;
    private final StringBuilder line = new StringBuilder();
    private float baseline = Float.NaN;
    private float fontSize;

    private PdfLines() {
        // Lines come out top to bottom even when the content stream draws the footer first.
        setSortByPosition(true);
    }

    /** Every page of {@code document} as its lines, top to bottom. */
    static List<List<PdfLine>> read(PDDocument document) throws IOException {
        PdfLines collector = new PdfLines();
        collector.writeText(document, Writer.nullWriter());
        return collector.pages;
    }

    @Override
    protected void startPage(PDPage p) {
        page = new ArrayList<>();
        // The stripper measures from the top of the crop box; footers are measured from its bottom.
        pageHeight = p.getCropBox().getHeight();
    }

    @Override
    protected void endPage(PDPage p) {
        endLine();
        pages.add(page);
        page = null;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        line.append(text);
        for (TextPosition t : positions) {
            if (Float.isNaN(baseline))
                baseline = t.getYDirAdj();
            fontSize = Math.max(fontSize, t.getFontSizeInPt());
        }
    }

    @Override
    protected void writeWordSeparator() {
        line.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private void endLine() {
        String text = line.toString();
        if (page != null && !text.isBlank()) {
            float y = Float.isNaN(baseline) ? 0 : baseline;
            page.add(new PdfLine(text, y, pageHeight - y, fontSize));
        }
        line.setLength(0);
        baseline = Float.NaN;
        fontSize = 0;
    }
}
