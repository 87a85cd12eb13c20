package org.policygraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Finds tables that text extraction wrote one cell per line ("Provincie", "Aantal", "Antwerpen",
 * "12", ...): a run of short lines that falls into rows of k cells, each row a label followed by
 * values, under a header row of labels when there is one. The period k is the one that explains the
 * most lines; a run that fits no period stays text.
 */
final class CellPerLineTables {

    private static final int MIN_COLUMNS = 2;
    private static final int MAX_COLUMNS = 8;
    /** A table needs at least this many data rows. */
    private static final int MIN_ROWS = 2;

    private CellPerLineTables() {
    }

    /** A table found in lines {@code [first, end)}: its rows of cells and how many are header rows. */
    record Found(int first, int end, List<List<String>> rows, int headerRows) {
    }

    /** The table that starts at line {@code first} of {@code lines}, if one does. */
    static java.util.Optional<Found> at(List<String> lines, int first) {
        int runEnd = first;
        while (runEnd < lines.size() && CellLooks.couldBeCell(lines.get(runEnd)))
            runEnd++;
        Found best = null;
        for (int k = MIN_COLUMNS; k <= MAX_COLUMNS; k++) {
            Found f = fit(lines, first, runEnd, k);
            if (f != null && (best == null || f.end() - f.first() > best.end() - best.first()))
                best = f;
        }
        return java.util.Optional.ofNullable(best);
    }

    /** Rows of k cells from {@code first}: an optional header of labels, then label + values rows. */
    private static Found fit(List<String> lines, int first, int runEnd, int k) {
        if (runEnd - first < k * (MIN_ROWS + 1))
            return null;
        int headerRows = 0;
        int i = first;
        if (allLabels(lines, i, k)) {
            headerRows = 1;
            i += k;
        }
        List<List<String>> rows = new ArrayList<>();
        if (headerRows == 1)
            rows.add(lines.subList(first, first + k));
        int dataRows = 0;
        while (i + k <= runEnd && isDataRow(lines, i, k)) {
            rows.add(lines.subList(i, i + k));
            dataRows++;
            i += k;
        }
        if (dataRows < MIN_ROWS)
            return null;
        return new Found(first, i, rows, headerRows);
    }

    private static boolean allLabels(List<String> lines, int from, int k) {
        for (int c = 0; c < k; c++)
            if (CellLooks.isValue(lines.get(from + c)) && !isYear(lines.get(from + c)))
                return false;
        return true;
    }

    /** A row: a label, then values only. */
    private static boolean isDataRow(List<String> lines, int from, int k) {
        if (CellLooks.isValue(lines.get(from)))
            return false;
        for (int c = 1; c < k; c++)
            if (!CellLooks.isValue(lines.get(from + c)))
                return false;
        return true;
    }

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d\\d(?:\\s?€)?");

    /** A year heads a column ("2024"): a header cell even though it is a number. */
    private static boolean isYear(String cell) {
        return YEAR.matcher(cell).matches();
    }
}
