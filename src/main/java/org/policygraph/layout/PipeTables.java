package org.policygraph.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.deadline.WorkDeadline;

/**
 * Finds tables written with pipes, as Markdown has them and as the tools that turn PDFs into text
 * write a PDF's tables: "| Provincie | Aantal |", "|---|---:|", "| Antwerpen | 162 |". A row is a
 * line that opens and closes with "|"; the rows above the delimiter row (cells of dashes, with colons
 * for alignment) are the header. Without a delimiter row the first row is the header when it holds
 * no value. Escaped pipes ("\|") stay in their cell; a row with fewer cells than the table has its
 * last cells empty, and a row with more ends the table.
 */
final class PipeTables {

    /** A cell of a delimiter row: "---", ":--", "--:", ":-:". */
    private static final Pattern DELIMITER_CELL = Pattern.compile(":?-+:?");
    private static final int MIN_COLUMNS = 2;
    /** A table needs at least this many rows besides the delimiter. */
    private static final int MIN_ROWS = 2;

    private PipeTables() {
    }

    /** A table found in lines {@code [first, end)}: its rows of cells (no delimiter row) and how many are header rows. */
    record Found(int first, int end, List<List<String>> rows, int headerRows) {
    }

    /** The table that starts at line {@code first} of {@code lines}, if one does. */
    static Optional<Found> at(List<String> lines, int first) {
        Optional<List<String>> head = cells(lines.get(first));
        if (head.isEmpty() || head.get().size() < MIN_COLUMNS)
            return Optional.empty();
        int width = head.get().size();
        List<List<String>> rows = new ArrayList<>();
        int headerRows = -1;
        int i = first;
        while (i < lines.size()) {
            WorkDeadline.check();
            Optional<List<String>> row = cells(lines.get(i));
            if (row.isEmpty() || row.get().size() > width)
                break;
            if (headerRows < 0 && isDelimiter(row.get()) && !rows.isEmpty()) {
                headerRows = rows.size();
            } else {
                List<String> padded = new ArrayList<>(row.get());
                while (padded.size() < width)
                    padded.add("");
                rows.add(padded);
            }
            i++;
        }
        if (rows.size() < MIN_ROWS)
            return Optional.empty();
        if (headerRows < 0)
            headerRows = rows.get(0).stream().noneMatch(CellLooks::isValue) ? 1 : 0;
        return Optional.of(new Found(first, i, rows, headerRows));
    }

    /** The cells of a line between its opening and closing pipes, stripped; empty for a line that is no row. */
    static Optional<List<String>> cells(String line) {
        if (line.length() < 2 || line.charAt(0) != '|' || line.charAt(line.length() - 1) != '|' || escaped(line, line.length() - 1))
            return Optional.empty();
        List<String> out = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        for (int k = 1; k < line.length(); k++) {
            char c = line.charAt(k);
            if (c == '\\' && k + 1 < line.length() && line.charAt(k + 1) == '|') {
                cell.append('|');
                k++;
            } else if (c == '|') {
                out.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        return Optional.of(out);
    }

    private static boolean escaped(String line, int at) {
        return at > 0 && line.charAt(at - 1) == '\\';
    }

    private static boolean isDelimiter(List<String> row) {
        return row.stream().allMatch(c -> DELIMITER_CELL.matcher(c).matches());
    }
}
