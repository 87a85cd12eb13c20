package org.policygraph.layout;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

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
 * Glyphs printed twice (fake bold) are dropped as PDFBox drops them, and so are note markers set as
 * small raised digits glued to a word ({@link #opensNoteMarker}).
 */
final class PdfWordStripper extends OverprintDroppingStripper {

    /** A gap between glyphs wider than this many times the font size ends a word. */
    private static final float WORD_GAP = 0.5f;
    /** A font weight from this on is bold. */
    private static final float BOLD_WEIGHT = 600;
    /** A note marker is set at most this share of the size of the word it follows... */
    private static final float MARKER_SIZE = 0.75f;
    /** ...and its baseline raised by at least this share of that size. */
    private static final float MARKER_RAISE = 0.2f;
    /** A word of at most this many glyphs before raised digits is a unit or number with its power: "m²", "10⁶". */
    private static final int UNIT_GLYPHS = 2;
    /** Units whose power is written in raised digits ("100m²", "m/s²"): letters that end a word after a non-letter. */
    private static final List<String> POWERED_UNITS = List.of("m", "km", "cm", "mm", "dm", "s");
    /** A glyph that carries a marker on is at most this much larger than the marker: the same type, give or take. */
    private static final float MARKER_GROWTH = 1.25f;
    /** What may stand between the numbers of one marker: "¹,²", "¹⁻³", "¹)". */
    private static final String MARKER_SEPARATORS = ",-–)";

    private final List<PdfPageText> pages = new ArrayList<>();
    /** The words of each line of the page, with the direction of their text. */
    private List<List<Directed>> lines;
    private final List<Directed> line = new ArrayList<>();
    private final List<TextPosition> word = new ArrayList<>();
    /** Whether each font met so far is bold, by the font object (PDFBox hands out one per resource). */
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private PDFont lastFont;
    private boolean lastBold;
    /** The last glyph of a note marker just left out of the word, or null. */
    private TextPosition marker;
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
            if (marker != null && continuesMarker(t)) {
                marker = t;
                continue;
            }
            TextPosition before = marker != null ? marker : word.isEmpty() ? null : word.get(word.size() - 1);
            marker = null;
            if (before != null && gap(before, t) > WORD_GAP * Math.max(t.getFontSizeInPt(), before.getFontSizeInPt()))
                endWord();
            if (opensNoteMarker(t)) {
                marker = t;
                continue;
            }
            word.add(t);
        }
        endWord();
    }

    private static float gap(TextPosition before, TextPosition t) {
        return t.getXDirAdj() - (before.getXDirAdj() + before.getWidthDirAdj());
    }

    /**
     * Whether {@code t} opens a note marker glued to the word so far: a digit in much smaller type,
     * raised above the word's baseline ("overheid²²", "werken.¹", "in 2030⁵"). A marker is no part of
     * the word: "overheid22" would name a table row, "werken.1" hide the sentence's end and "20305"
     * be a number. Raised digits that are a power stay: after a word of one or two glyphs ("m²",
     * "10⁶"), after a ten ("5x10⁶") and after a unit ("100m²", "m/s²"). A note's own number at the
     * foot of the page opens its word and stays too.
     */
    private boolean opensNoteMarker(TextPosition t) {
        if (word.size() <= UNIT_GLYPHS || !isDigit(t))
            return false;
        TextPosition last = word.get(word.size() - 1);
        float size = last.getFontSizeInPt();
        // the word is read only for a digit that looks like a marker: not for every digit of a number
        return t.getFontSizeInPt() <= MARKER_SIZE * size && last.getYDirAdj() - t.getYDirAdj() >= MARKER_RAISE * size
                && !isPowered();
    }

    /** Whether the word so far ends in a ten or a unit, which raised digits after it raise to a power. */
    private boolean isPowered() {
        StringBuilder text = new StringBuilder();
        for (TextPosition g : word)
            text.append(g.getUnicode());
        int letters = text.length();
        while (letters > 0 && Character.isLetter(text.charAt(letters - 1)))
            letters--;
        String unit = text.substring(letters);
        return text.toString().endsWith("10") || POWERED_UNITS.contains(unit);
    }

    /**
     * Whether {@code t} carries on the marker just left out: a digit, or a separator between its
     * numbers, in the marker's size, on its baseline, right after it.
     */
    private boolean continuesMarker(TextPosition t) {
        float size = marker.getFontSizeInPt();
        String u = t.getUnicode();
        boolean markerGlyph = isDigit(t) || u.length() == 1 && MARKER_SEPARATORS.indexOf(u.charAt(0)) >= 0;
        return markerGlyph && t.getFontSizeInPt() <= MARKER_GROWTH * size
                && Math.abs(t.getYDirAdj() - marker.getYDirAdj()) < MARKER_RAISE * size && gap(marker, t) <= WORD_GAP * size;
    }

    private static boolean isDigit(TextPosition t) {
        String u = t.getUnicode();
        return u.length() == 1 && u.charAt(0) >= '0' && u.charAt(0) <= '9';
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
        marker = null;
        if (word.isEmpty())
            return;
        StringBuilder text = new StringBuilder();
        float size = 0;
        int bold = 0;
        for (TextPosition t : word) {
            text.append(t.getUnicode());
            size = Math.max(size, t.getFontSizeInPt());
            if (bold(t.getFont()))
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

    /**
     * {@link #isBold} of a font, asked once per font of the document: it lower-cases the font's name
     * and reads its descriptor, and every glyph asks.
     */
    private boolean bold(PDFont font) {
        if (font == null)
            return false;
        if (font != lastFont) {
            lastFont = font;
            lastBold = boldFonts.computeIfAbsent(font, PdfWordStripper::isBold);
        }
        return lastBold;
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
