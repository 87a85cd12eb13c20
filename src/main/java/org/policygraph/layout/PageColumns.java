package org.policygraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Puts the rows of a page in reading order when the page is set in two columns: the left column
 * down, then the right one, with what spans both (a title, a wide table) where it stands.
 * <p>
 * A gutter is a vertical line in the middle part of the page that at least {@value #MIN_COLUMN_LINES}
 * lines of running text on each side end before or start after, and that hardly any running text
 * crosses. Tables do not make a gutter: one side of it would hold numbers, not running text.
 */
final class PageColumns {

    /** Lines of running text on each side of a gutter, at the least. */
    static final int MIN_COLUMN_LINES = 4;
    /** A line of running text: at least this many words. */
    private static final int PROSE_WORDS = 4;
    /** Where a gutter may stand, as a share of the page width. */
    private static final float FROM = 0.3f;
    private static final float TO = 0.7f;
    private static final float STEP = 2f;

    private PageColumns() {
    }

    /** The rows of a page in reading order; rows split where they straddle the gutter. */
    static List<PdfRow> order(List<PdfRow> rows, float pageWidth) {
        Optional<Float> gutter = gutter(rows, pageWidth);
        if (gutter.isEmpty())
            return rows;
        float g = gutter.get();
        List<PdfRow> out = new ArrayList<>();
        List<PdfRow> left = new ArrayList<>();
        List<PdfRow> right = new ArrayList<>();
        for (PdfRow row : rows) {
            List<PdfRow> cells = row.cells();
            boolean crosses = cells.stream().anyMatch(c -> c.x0() < g && c.x1() > g);
            // A table row across the page: a label on one side, values on the other.
            boolean tableRow = cells.stream().anyMatch(c -> c.x1() <= g) && cells.stream().anyMatch(c -> c.x0() >= g)
                    && cells.stream().skip(1).anyMatch(c -> CellLooks.isValue(c.text()));
            if (crosses || tableRow) {
                out.addAll(left);
                out.addAll(right);
                left.clear();
                right.clear();
                out.add(row);
                continue;
            }
            List<PdfRow> l = cells.stream().filter(c -> c.x1() <= g).toList();
            List<PdfRow> r = cells.stream().filter(c -> c.x0() >= g).toList();
            if (!l.isEmpty())
                left.add(PdfRow.join(l));
            if (!r.isEmpty())
                right.add(PdfRow.join(r));
        }
        out.addAll(left);
        out.addAll(right);
        return out;
    }

    /** The x of the gutter between two columns of running text, if the page has one. */
    static Optional<Float> gutter(List<PdfRow> rows, float pageWidth) {
        List<PdfRow> prose = new ArrayList<>();
        for (PdfRow row : rows)
            for (PdfRow cell : row.cells())
                if (cell.words().size() >= PROSE_WORDS && cell.text().codePoints().filter(Character::isLetter).count() > cell.text().length() / 2)
                    prose.add(cell);
        if (prose.size() < 2 * MIN_COLUMN_LINES)
            return Optional.empty();
        // Where each line starts and ends, read once: every candidate gutter is tried against every line.
        float[] x0 = new float[prose.size()];
        float[] x1 = new float[prose.size()];
        for (int i = 0; i < x0.length; i++) {
            x0[i] = prose.get(i).x0();
            x1[i] = prose.get(i).x1();
        }
        // The gutter crossed by the fewest lines, in the middle of where it may stand.
        List<Float> candidates = new ArrayList<>();
        int fewest = Integer.MAX_VALUE;
        for (float g = pageWidth * FROM; g <= pageWidth * TO; g += STEP) {
            int left = 0;
            int right = 0;
            int crossing = 0;
            for (int i = 0; i < x0.length; i++) {
                if (x1[i] <= g)
                    left++;
                else if (x0[i] >= g)
                    right++;
                else
                    crossing++;
            }
            if (left < MIN_COLUMN_LINES || right < MIN_COLUMN_LINES || crossing * 10 > prose.size() || crossing > fewest)
                continue;
            if (crossing < fewest) {
                fewest = crossing;
                candidates.clear();
            }
            candidates.add(g);
        }
        Optional<Float> best = candidates.isEmpty() ? Optional.empty() : Optional.of(candidates.get(candidates.size() / 2));
        return best;
    }
}
