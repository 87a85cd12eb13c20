package org.policygraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.policygraph.lang.ItemLabels;
import org.policygraph.lang.LabelStyle;

/**
 * Finds tables whose rows text extraction kept on one line each, cells separated by spaces:
 * "Antwerpen 162 60,67%", "Vlaams Brabant 89 51,15%". A row is a label followed by values; a run of
 * at least two rows with the same number of values is a table. The header lines above such a table
 * are often split over several lines and are left to the figure reader.
 */
final class ColumnTables {

    private static final int MIN_ROWS = 2;
    private static final int MAX_ROW = 160;

    private ColumnTables() {
    }

    /** The rows of cells of the table starting at {@code first}, and where it ends. */
    record Found(int first, int end, List<List<String>> rows) {
    }

    /** The table that starts at line {@code first}, if one does. */
    static Optional<Found> at(List<String> lines, int first) {
        Optional<List<String>> row = cells(lines.get(first));
        if (row.isEmpty())
            return Optional.empty();
        int width = row.get().size();
        List<List<String>> rows = new ArrayList<>();
        rows.add(row.get());
        int i = first + 1;
        while (i < lines.size()) {
            Optional<List<String>> next = cells(lines.get(i));
            if (next.isEmpty() || next.get().size() != width)
                break;
            rows.add(next.get());
            i++;
        }
        return rows.size() >= MIN_ROWS ? Optional.of(new Found(first, i, rows)) : Optional.empty();
    }

    /** A line as a label and its values, when it is one. */
    static Optional<List<String>> cells(String line) {
        if (line.isEmpty() || line.length() > MAX_ROW || ItemLabels.atStart(line).filter(l -> l.style() != LabelStyle.BULLET).isPresent())
            return Optional.empty();
        String[] tokens = line.split(" ");
        List<String> values = new ArrayList<>();
        int i = tokens.length - 1;
        while (i > 0) {
            String token = tokens[i];
            if (i > 1 && (tokens[i - 1].equals("€") || tokens[i - 1].equals("-")) && CellLooks.isValue(tokens[i - 1] + token)) {
                values.add(0, tokens[i - 1] + " " + token);
                i -= 2;
            } else if (CellLooks.isValue(token)) {
                values.add(0, token);
                i--;
            } else {
                break;
            }
        }
        if (values.isEmpty())
            return Optional.empty();
        String label = String.join(" ", java.util.Arrays.copyOfRange(tokens, 0, i + 1));
        if (label.codePoints().noneMatch(Character::isLetter) || label.length() > CellLooks.MAX_CELL
                || !CellLooks.couldBeCell(label))
            return Optional.empty();
        List<String> row = new ArrayList<>();
        row.add(label);
        row.addAll(values);
        return Optional.of(row);
    }
}
