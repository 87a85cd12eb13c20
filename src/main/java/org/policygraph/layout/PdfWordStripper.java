package org.policygraph.layout;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.TextPosition;
import org.policygraph.deadline.WorkDeadline;

/**
 * Collects the words of each page of a PDF with their position, size and weight, on PDFBox's lines.
 * <p>
 * Words are cut at PDFBox's word breaks, at white-space glyphs (publishing software sets table
 * columns with tab glyphs as wide as the gap) and at gaps wider than half the font size. Glyphs
 * outside the page's crop box (text parked on the pasteboard) are left out: no reader sees them.
 * A page is read in the direction most of its text runs in (a landscape table turned on a portrait
 * page reads as landscape); text in other directions (a side label along the margin) is left out.
 * Glyphs printed twice (fake bold) are dropped as PDFBox drops them.
 */
final class PdfWordStripper extends OverprintDroppingStripper {

    /** A gap between glyphs wider than this many times the font size ends a word. */
    private static final float WORD_GAP = 0.5f;
    /** A font weight from this on is bold. */
    private static final float BOLD_WEIGHT = 600;

    private final List<PdfPageText> pages = new ArrayList<>();
    /** The words of each line of the page, with the direction of their text. */
    private List<List<Directed>> lines;
    private final List<Directed> line = new ArrayList<>();
    private final List<TextPosition> word = new ArrayList<>();
    private float width;
    private float height;
    private int pageNumber;

    private PdfWordStripper() {
        setSortByPosition(true);
    }

    /** Every page of {@code document} as rows of words. */
    static List<PdfPageText> read(PDDocument document) throws IOException {
        PdfWordStripper stripper = new PdfWordStripper();
        stripper.writeText(document, Writer.nullWriter());
        return stripper.pages;
    }

    /** A word and the direction its text runs in, in degrees. */
    private record Directed(PdfWord word, int direction) {
    }

    @Override
    protected void startPage(PDPage p) {
        lines = new ArrayList<>();
        pageNumber++;
        width = p.getCropBox().getWidth();
        height = p.getCropBox().getHeight();
        if (p.getRotation() % 180 != 0) {
            float w = width;
            width = height;
            height = w;
        }
    }

    @Override
    protected void endPage(PDPage p) {
        endLine();
        int[] letters = new int[4];
        for (List<Directed> l : lines)
            for (Directed d : l)
                letters[d.direction() / 90] += d.word().text().length();
        int direction = 0;
        for (int d = 1; d < 4; d++)
            if (letters[d] > letters[direction])
                direction = d;
        List<PdfRow> rows = new ArrayList<>();
        for (List<Directed> l : lines) {
            int dir = direction * 90;
            List<PdfWord> words = l.stream().filter(d -> d.direction() == dir).map(Directed::word)
                    .sorted((a, b) -> Float.compare(a.x(), b.x())).toList();
            if (!words.isEmpty())
                rows.add(new PdfRow(pageNumber, words));
        }
        boolean turned = direction % 2 == 1;
        pages.add(new PdfPageText(pageNumber, turned ? height : width, turned ? width : height, rows));
        lines = null;
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) {
        WorkDeadline.check();
        for (TextPosition t : positions) {
            if (!visible(t))
                continue;
            if (t.getUnicode().isBlank()) {
                endWord();
                continue;
            }
            if (!word.isEmpty()) {
                TextPosition last = word.get(word.size() - 1);
                float gap = t.getXDirAdj() - (last.getXDirAdj() + last.getWidthDirAdj());
                if (gap > WORD_GAP * Math.max(t.getFontSizeInPt(), last.getFontSizeInPt()))
                    endWord();
            }
            word.add(t);
        }
        endWord();
    }

    @Override
    protected void writeWordSeparator() {
        endWord();
    }

    @Override
    protected void writeLineSeparator() {
        endLine();
    }

    private boolean visible(TextPosition t) {
        float x = t.getXDirAdj();
        float y = t.getYDirAdj();
        boolean turned = Math.round(t.getDir()) % 180 != 0;
        return x >= 0 && x <= (turned ? height : width) && y > 0 && y <= (turned ? width : height);
    }

    private void endWord() {
        if (word.isEmpty())
            return;
        StringBuilder text = new StringBuilder();
        float size = 0;
        int bold = 0;
        for (TextPosition t : word) {
            text.append(t.getUnicode());
            size = Math.max(size, t.getFontSizeInPt());
            if (isBold(t.getFont()))
                bold++;
        }
        TextPosition first = word.get(0);
        TextPosition last = word.get(word.size() - 1);
        float x = first.getXDirAdj();
        float baseline = first.getYDirAdj();
        line.add(new Directed(new PdfWord(text.toString(), x, baseline, last.getXDirAdj() + last.getWidthDirAdj() - x, size,
                bold * 2 > word.size()), (Math.round(first.getDir()) % 360 + 360) % 360 / 90 * 90));
        word.clear();
    }

    private void endLine() {
        endWord();
        if (lines != null && !line.isEmpty())
            lines.add(List.copyOf(line));
        line.clear();
    }

    private static boolean isBold(PDFont font) {
        if (font == null)
            return false;
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold"))
            return true;
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= BOLD_WEIGHT);
    }
}
