package org.policygraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;
import org.policygraph.text.Normaliser;

/**
 * Finds tables among the rows of a PDF page by the x-positions of their cells: rows whose words
 * stand in cells well apart, with values (numbers, amounts, percentages) in the cells after the
 * first, and whose cells line up in columns.
 * <p>
 * Columns are the x-ranges that the cells of the value rows cover, merged where they overlap, so that
 * right-aligned numbers of different widths fall in one column. Header rows (labels and years, no
 * values) and rows with a single cell in between (a group label, or a label wrapped onto a second
 * line) belong to the table; a wrapped label is joined to its row when the table shows it wraps
 * labels (a line that starts in lower case, or a label that ends in a hyphen).
 */
final class PdfTables {

    /** At least this many rows with values make a table. */
    private static final int MIN_VALUE_ROWS = 2;
    /** A gap between rows of more than this many font sizes ends the table. */
    private static final float MAX_ROW_GAP = 3.5f;
    /** A year in a column header: a dimension, not a value. */
    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d");
    /** A cell overlapping a column by this share of its width stands in it. */
    private static final float IN_COLUMN = 0.3f;
    private static final int MAX_HEADER_ROWS = 4;
    /** The lines of a wrapped label stand at most this many font sizes apart. */
    private static final float WRAPPED_LINE = 1.6f;
    /** Rows whose baselines differ by less than this many font sizes stand level. */
    private static final float SAME_LINE = 0.1f;
    /** Rows closer than this many font sizes stand on one line of the table. */
    private static final float HALF_LINE = 0.85f;

    private PdfTables() {
    }

    /**
     * A table found: its rows of cell texts by column, header rows, column left edges, box, the
     * indexes of rows whose cells fall between columns, and the page rows it was read from.
     */
    record Found(int first, int end, List<List<String>> rows, int headerRows, List<Float> columnXs, Box box,
                 List<Integer> unalignedRows) {
    }

    /** The table that starts at row {@code first} of a page, if one does. */
    static Optional<Found> at(List<PdfRow> rows, int first) {
        if (!isMulti(rows.get(first)) && !isHeaderAbove(rows, first))
            return Optional.empty();
        List<PdfRow> region = new ArrayList<>();
        region.add(rows.get(first));
        int i = first + 1;
        while (i < rows.size()) {
            PdfRow row = rows.get(i);
            PdfRow previous = region.get(region.size() - 1);
            float size = Math.max(row.maxSize(), previous.maxSize());
            // a row above the last is another column or page; one level with it may be a hair higher
            if (row.baseline() - previous.baseline() > MAX_ROW_GAP * size || row.baseline() < previous.baseline() - SAME_LINE * size)
                break;
            if (isMulti(row) || opensRow(rows, i, size) || (isShortSingle(row) && continues(previous, row))) {
                region.add(row);
                i++;
            } else {
                break;
            }
        }
        long valueRows = region.stream().filter(PdfTables::hasValues).count();
        if (valueRows < MIN_VALUE_ROWS)
            return Optional.empty();
        // A label wrapped below the last row.
        if (i < rows.size() && isShortSingle(rows.get(i)) && wraps(region)
                && rows.get(i).baseline() - region.get(region.size() - 1).baseline() <= 1.6f * rows.get(i).maxSize()
                && Math.abs(rows.get(i).x0() - region.get(region.size() - 1).x0()) <= rows.get(i).maxSize()) {
            region.add(rows.get(i));
            i++;
        }
        int headerRows = headerRows(region);
        List<float[]> columns = columns(region.subList(headerRows, region.size()));
        if (columns.size() < 2)
            return Optional.empty();
        boolean wraps = wraps(region);
        List<String[]> texts = new ArrayList<>();
        List<Boolean> misfits = new ArrayList<>();
        for (PdfRow row : region) {
            String[] t = new String[columns.size()];
            boolean misfit = false;
            for (PdfRow cell : row.cells()) {
                int[] hits = columnsOf(cell, columns);
                if (hits.length != 1)
                    misfit = true;
                int c = hits.length == 0 ? nearest(cell, columns) : hits[0];
                t[c] = t[c] == null ? cell.text() : t[c] + " " + cell.text();
            }
            texts.add(t);
            misfits.add(misfit);
        }
        List<List<String>> out = new ArrayList<>();
        List<Integer> unaligned = new ArrayList<>();
        int outHeaders = 0;
        int labelColumns = labelColumns(texts.subList(headerRows, texts.size()));
        String carried = null;
        int carriedColumn = 0;
        for (int r = 0; r < region.size(); r++) {
            PdfRow row = region.get(r);
            String[] t = texts.get(r);
            boolean header = r < headerRows;
            int only = onlyCell(t);
            // a code column ("VAPH", "QE") may stand before the labels: a line alone in either is a label's
            boolean labelOnly = !header && row.cells().size() == 1 && only >= 0 && only < labelColumns;
            if (labelOnly) {
                boolean hasNext = r + 1 < region.size() && region.get(r + 1).cells().size() > 1;
                boolean back = out.size() > outHeaders && continues(region.get(r - 1), row);
                // Values set between the two lines of their label: the row below has no label of its own.
                boolean unlabelledNext = hasNext && texts.get(r + 1)[only] == null
                        && region.get(r + 1).baseline() - row.baseline() < row.maxSize();
                if (!back && hasNext && (unlabelledNext || carriesOn(t[only], texts.get(r + 1)[only]))) {
                    carried = join(carried == null ? "" : carried, t[only]);
                    carriedColumn = only;
                    continue;
                }
                if (out.size() > outHeaders && (back || wraps)) {
                    List<String> last = out.get(out.size() - 1);
                    last.set(only, join(last.get(only), t[only]));
                    continue;
                }
            }
            if (carried != null) {
                t[carriedColumn] = t[carriedColumn] == null ? carried : join(carried, t[carriedColumn]);
                carried = null;
            }
            if (!header && out.size() > outHeaders && endsLabelAbove(region.get(r - 1), row, out.get(out.size() - 1), t, labelColumns)) {
                // The last line of a label whose values (and code) stood level with its first line.
                List<String> last = out.get(out.size() - 1);
                for (int c = 0; c < t.length; c++)
                    if (t[c] != null)
                        last.set(c, join(last.get(c), t[c]));
                continue;
            }
            if (!header && r > 0 && out.size() > outHeaders && sharesLine(region.get(r - 1), row, out.get(out.size() - 1), t)) {
                // Values set half a line lower than their label: one row that PDF lines cut in two.
                List<String> last = out.get(out.size() - 1);
                for (int c = 0; c < t.length; c++)
                    if (t[c] != null)
                        last.set(c, t[c]);
                continue;
            }
            if (misfits.get(r) && !header)
                unaligned.add(out.size());
            List<String> cellTexts = new ArrayList<>();
            for (String c : t)
                cellTexts.add(c == null ? "" : c);
            out.add(cellTexts);
            if (header)
                outHeaders++;
        }
        outHeaders = mergeHeaderLines(out, outHeaders, region.subList(0, headerRows));
        Box box = region.get(0).box();
        for (PdfRow row : region)
            box = box.union(row.box());
        List<Float> xs = new ArrayList<>();
        for (float[] c : columns)
            xs.add(c[0]);
        return Optional.of(new Found(first, i, out, outHeaders, xs, box, unaligned));
    }

    /**
     * A row of at least two cells, none of them running text. A label longer than a cell may stand
     * before values alone, as in a budget table ("Actualisatie ESR-uitgaven (vnl. doorvertaling
     * ESR-ontvangsten)  -119.175  -115.960"): running text is followed by more text, not by numbers.
     */
    private static boolean isMulti(PdfRow row) {
        List<PdfRow> cells = row.cells();
        if (cells.size() < 2)
            return false;
        for (int c = 0; c < cells.size(); c++) {
            String text = cells.get(c).text();
            if (text.length() > CellLooks.MAX_CELL && !(CellLooks.couldBeLabel(text) && valuesFrom(cells, c + 1)))
                return false;
        }
        return true;
    }

    /** True when the cells from {@code from} on are all values, and there is one at least. */
    private static boolean valuesFrom(List<PdfRow> cells, int from) {
        if (from >= cells.size())
            return false;
        for (int c = from; c < cells.size(); c++)
            if (!CellLooks.isValue(cells.get(c).text()))
                return false;
        return true;
    }

    private static boolean isShortSingle(PdfRow row) {
        String text = row.text();
        return row.cells().size() == 1 && text.length() <= CellLooks.MAX_CELL && !text.endsWith(".");
    }

    /**
     * True when row {@code i}, one cell inside a table, opens the row below: a group label over it, or
     * the first line of its label. A line longer than a cell is only the first line of a label set
     * close above a row of values ("Indexatie binnen systeem van loonprovisie (op kruissnelheid
     * brengen"); a caption, short or long, never opens a row: it stands between two tables.
     */
    private static boolean opensRow(List<PdfRow> rows, int i, float size) {
        if (i + 1 >= rows.size() || !isMulti(rows.get(i + 1)))
            return false;
        PdfRow row = rows.get(i);
        if (TableCaptions.isCaption(row.text()))
            return false;
        float gap = rows.get(i + 1).baseline() - row.baseline();
        if (isShortSingle(row))
            return gap <= MAX_ROW_GAP * size;
        return row.cells().size() == 1 && CellLooks.couldBeLabel(row.text()) && hasValues(rows.get(i + 1))
                && gap <= WRAPPED_LINE * size;
    }

    /**
     * How many rows without values open the table, at most {@link #MAX_HEADER_ROWS} lines of them. Header
     * cells of two and of three lines, each centred in the header's height, stand half a line apart:
     * rows less than a line below the row above count as one line.
     */
    private static int headerRows(List<PdfRow> region) {
        int rows = 0;
        int lines = 0;
        while (rows < region.size() && !hasValues(region.get(rows))) {
            PdfRow row = region.get(rows);
            boolean sameLine = rows > 0 && row.baseline() - region.get(rows - 1).baseline()
                    < HALF_LINE * Math.max(row.maxSize(), region.get(rows - 1).maxSize());
            if (!sameLine && lines == MAX_HEADER_ROWS)
                break;
            if (!sameLine)
                lines++;
            rows++;
        }
        return rows;
    }

    /** True when a cell after the first is a value other than a year. */
    private static boolean hasValues(PdfRow row) {
        List<PdfRow> cells = row.cells();
        for (int c = 1; c < cells.size(); c++) {
            String t = cells.get(c).text();
            if (CellLooks.isValue(t) && !YEAR.matcher(WorkDeadline.watch(t)).matches())
                return true;
        }
        return false;
    }

    /** True when {@code next} carries the label of {@code previous} on: lower case, a bracket, or after a hyphen. */
    private static boolean continues(PdfRow previous, PdfRow next) {
        String label = previous.cells().get(0).text();
        int first = next.text().codePointAt(0);
        return label.endsWith("-") || Character.isLowerCase(first) || first == '(';
    }

    /**
     * True when a label alone on its line goes on in the label of the row below, which holds the
     * values: an open bracket, a hyphen, a next line in lower case, or a line the text rules join.
     */
    private static boolean carriesOn(String label, String next) {
        if (next == null || next.isEmpty())
            return false;
        int first = next.codePointAt(0);
        if (label.endsWith("-") || Character.isLowerCase(first) || first == '('
                || label.chars().filter(c -> c == '(').count() > label.chars().filter(c -> c == ')').count())
            return true;
        return Normaliser.joinBrokenLines(List.of(label, next)).size() == 1;
    }

    /**
     * Joins header rows that are lines of the same header cells ("Meer ontwikkelde" over "regio",
     * "BO 2026 –" over "BA 2025"): close together, and each column either filled on one line only
     * or carried on from the line above. Returns the number of header rows left.
     */
    private static int mergeHeaderLines(List<List<String>> out, int headers, List<PdfRow> lines) {
        if (headers != lines.size())
            return headers;
        int r = 1;
        int kept = headers;
        while (r < kept) {
            PdfRow above = lines.get(r - 1);
            PdfRow below = lines.get(r);
            List<String> upper = out.get(r - 1);
            List<String> lower = out.get(r);
            boolean close = below.baseline() - above.baseline() <= 1.5f * Math.max(above.maxSize(), below.maxSize());
            boolean fits = true;
            for (int c = 0; c < upper.size() && fits; c++)
                if (!upper.get(c).isEmpty() && !lower.get(c).isEmpty())
                    fits = upper.get(c).endsWith("-") || upper.get(c).endsWith("–")
                            || Character.isLowerCase(lower.get(c).codePointAt(0)) || lower.get(c).startsWith("(");
            if (!close || !fits) {
                r++;
                continue;
            }
            for (int c = 0; c < upper.size(); c++)
                upper.set(c, join(upper.get(c), lower.get(c)));
            out.remove(r);
            lines = new ArrayList<>(lines);
            lines.remove(r);
            // The joined line stands where its last line stands, for the next comparison.
            lines.set(r - 1, below);
            kept--;
        }
        return kept;
    }

    /** The index of the one cell of a row that holds text, or -1. */
    private static int onlyCell(String[] cells) {
        int only = -1;
        for (int c = 0; c < cells.length; c++)
            if (cells[c] != null) {
                if (only >= 0)
                    return -1;
                only = c;
            }
        return only;
    }

    /** How many columns hold labels (and codes) before the first that holds a value in any row. */
    private static int labelColumns(List<String[]> rows) {
        int first = Integer.MAX_VALUE;
        for (String[] row : rows)
            for (int c = 0; c < row.length && c < first; c++)
                if (row[c] != null && CellLooks.isValue(row[c]))
                    first = c;
        return first == Integer.MAX_VALUE ? 1 : Math.max(1, first);
    }

    /**
     * True when {@code row}, a line of labels and codes without values, is the last line of the label
     * of the row above: the next line of the text (lower case, or after a hyphen), within a line and a
     * half, filling only cells the row above leaves empty besides the label's.
     */
    private static boolean endsLabelAbove(PdfRow above, PdfRow row, List<String> aboveCells, String[] cells, int labelColumns) {
        if (row.baseline() - above.baseline() > WRAPPED_LINE * Math.max(row.maxSize(), above.maxSize()))
            return false;
        int label = -1;
        for (int c = 0; c < cells.length; c++) {
            if (cells[c] == null)
                continue;
            if (c >= labelColumns)
                return false;
            label = c;
        }
        if (label < 0 || aboveCells.get(label).isEmpty())
            return false;
        for (int c = 0; c < label; c++)
            if (cells[c] != null && !aboveCells.get(c).isEmpty())
                return false;
        int first = cells[label].codePointAt(0);
        return Character.isLowerCase(first) || aboveCells.get(label).endsWith("-");
    }

    /** True when {@code row} stands less than a line below {@code above} and fills none of its cells. */
    private static boolean sharesLine(PdfRow above, PdfRow row, List<String> aboveCells, String[] cells) {
        if (row.baseline() - above.baseline() >= HALF_LINE * Math.max(row.maxSize(), above.maxSize()))
            return false;
        for (int c = 0; c < cells.length; c++)
            if (cells[c] != null && !aboveCells.get(c).isEmpty())
                return false;
        return true;
    }

    /** A header cell alone on the line above a table's first row, standing over its values. */
    private static boolean isHeaderAbove(List<PdfRow> rows, int i) {
        if (i + 1 >= rows.size() || !isShortSingle(rows.get(i)) || !isMulti(rows.get(i + 1)))
            return false;
        PdfRow row = rows.get(i);
        PdfRow next = rows.get(i + 1);
        return next.baseline() - row.baseline() <= 1.6f * row.maxSize() && row.x0() > next.cells().get(0).x1();
    }

    private static boolean wraps(List<PdfRow> region) {
        for (int r = 1; r < region.size(); r++)
            if (region.get(r).cells().size() == 1 && continues(region.get(r - 1), region.get(r)))
                return true;
        return false;
    }

    private static String join(String a, String b) {
        if (b.isEmpty())
            return a;
        if (a.endsWith("-") && !b.isEmpty() && Character.isLowerCase(b.codePointAt(0)))
            return a.substring(0, a.length() - 1) + b;
        return a.isEmpty() ? b : a + " " + b;
    }

    /** The x-ranges of the columns: the cells' ranges merged where they overlap. */
    private static List<float[]> columns(List<PdfRow> rows) {
        // The fullest rows set the columns; a row with fewer cells may have one between them (a total).
        int most = rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
        long full = rows.stream().filter(r -> r.cells().size() == most).count();
        int least = full >= MIN_VALUE_ROWS ? most : 2;
        List<float[]> ranges = new ArrayList<>();
        for (PdfRow row : rows)
            if (row.cells().size() >= least)
                for (PdfRow cell : row.cells())
                    ranges.add(new float[] {cell.x0(), cell.x1()});
        ranges.sort((a, b) -> Float.compare(a[0], b[0]));
        List<float[]> merged = new ArrayList<>();
        for (float[] r : ranges) {
            if (!merged.isEmpty() && r[0] <= merged.get(merged.size() - 1)[1]) {
                float[] last = merged.get(merged.size() - 1);
                last[1] = Math.max(last[1], r[1]);
            } else {
                merged.add(new float[] {r[0], r[1]});
            }
        }
        return merged;
    }

    /** The columns a cell stands in. */
    private static int[] columnsOf(PdfRow cell, List<float[]> columns) {
        float width = Math.max(1f, cell.x1() - cell.x0());
        List<Integer> hits = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            float overlap = Math.min(cell.x1(), columns.get(c)[1]) - Math.max(cell.x0(), columns.get(c)[0]);
            if (overlap >= IN_COLUMN * Math.min(width, columns.get(c)[1] - columns.get(c)[0]))
                hits.add(c);
        }
        return hits.stream().mapToInt(Integer::intValue).toArray();
    }

    private static int nearest(PdfRow cell, List<float[]> columns) {
        float centre = (cell.x0() + cell.x1()) / 2;
        int best = 0;
        for (int c = 1; c < columns.size(); c++)
            if (distance(centre, columns.get(c)) < distance(centre, columns.get(best)))
                best = c;
        return best;
    }

    private static float distance(float x, float[] range) {
        return x < range[0] ? range[0] - x : x > range[1] ? x - range[1] : 0;
    }
}
