package org.policygraph.layout;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Words on one baseline of a PDF page, left to right: a line of text, or a part of one (the line of
 * one column, a table cell).
 *
 * @param page  1-based page number
 */
record PdfRow(int page, List<PdfWord> words) {

    /**
     * Words further apart than this many times the font size stand in different cells or columns;
     * justified text spreads its words by well under one.
     */
    static final float CELL_GAP = 1.2f;
    /** Two numbers further apart than this many times the font size stand in different cells. */
    static final float NUMBER_GAP = 0.6f;

    PdfRow {
        words = List.copyOf(words);
    }

    /** The words separated by single spaces. */
    String text() {
        // a plain loop: asked of every row several times while its page is laid out
        if (words.size() == 1)
            return words.get(0).text();
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            if (i > 0)
                out.append(' ');
            out.append(words.get(i).text());
        }
        return out.toString();
    }

    float x0() {
        return words.get(0).x();
    }

    float x1() {
        float x1 = Float.NEGATIVE_INFINITY;
        for (PdfWord w : words)
            x1 = Math.max(x1, w.end());
        return x1;
    }

    /** The baseline of the row: that of its largest word (a footnote mark sits higher). */
    float baseline() {
        PdfWord largest = words.get(0);
        for (PdfWord w : words)
            if (w.size() > largest.size())
                largest = w;
        return largest.baseline();
    }

    /** The font size of most of its letters. */
    float size() {
        Map<Float, Integer> letters = new HashMap<>();
        for (PdfWord w : words)
            letters.merge(w.size(), w.text().length(), Integer::sum);
        return letters.entrySet().stream().max(Map.Entry.<Float, Integer>comparingByValue()
                .thenComparing(Map.Entry.comparingByKey())).orElseThrow().getKey();
    }

    /** The largest font size on the row. */
    float maxSize() {
        return words.stream().map(PdfWord::size).reduce(0f, Math::max);
    }

    /** True when every word with a letter is set in bold. */
    boolean bold() {
        boolean any = false;
        for (PdfWord w : words)
            if (w.text().codePoints().anyMatch(Character::isLetter)) {
                if (!w.bold())
                    return false;
                any = true;
            }
        return any;
    }

    /** Where the row stands on its page. */
    Box box() {
        float size = maxSize();
        return new Box(page, x0(), baseline() - size, x1() - x0(), size * 1.25f);
    }

    /** The row cut where its words stand further apart than {@link #CELL_GAP} times the font size. */
    List<PdfRow> cells() {
        List<PdfRow> cells = new ArrayList<>();
        List<PdfWord> cell = new ArrayList<>();
        for (PdfWord w : words) {
            if (!cell.isEmpty()) {
                PdfWord last = cell.get(cell.size() - 1);
                float gap = w.number() && last.number() ? NUMBER_GAP : CELL_GAP;
                if (w.x() - last.end() > gap * Math.max(w.size(), last.size())) {
                    cells.add(new PdfRow(page, cell));
                    cell = new ArrayList<>();
                }
            }
            cell.add(w);
        }
        if (!cell.isEmpty())
            cells.add(new PdfRow(page, cell));
        return cells;
    }

    /** The words of several rows on one baseline as one row, left to right. */
    static PdfRow join(List<PdfRow> parts) {
        List<PdfWord> all = new ArrayList<>();
        parts.forEach(p -> all.addAll(p.words()));
        all.sort((a, b) -> Float.compare(a.x(), b.x()));
        return new PdfRow(parts.get(0).page(), all);
    }
}
