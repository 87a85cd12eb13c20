package org.policygraph.layout;

import java.util.List;
import java.util.Optional;

import org.policygraph.model.Span;

/**
 * A table of a layout: rows of cells, each cell with its span in the normalised text and its column.
 * The first row is the header row when {@link #headerRows()} says so.
 *
 * @param rows        top to bottom
 * @param headerRows  how many of the first rows are column headers
 * @param columnXs    left edge of each column in points, where the input gives positions (PDF); empty otherwise
 * @param caption     the caption or unit line just above the table ("(in duizend euro)"), when there is one
 */
public record Table(List<Row> rows, int headerRows, List<Float> columnXs, Optional<Span> caption) {

    public Table {
        rows = List.copyOf(rows);
        columnXs = List.copyOf(columnXs);
    }

    /** One row: its span (the whole line or lines) and its cells. */
    public record Row(Span span, List<Cell> cells) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /** One cell: its span and the 0-based column it stands in. */
    public record Cell(Span span, int column) {
    }

    /** Number of columns: the highest column index of any cell, plus one. */
    public int columnCount() {
        return rows.stream().flatMap(r -> r.cells().stream()).mapToInt(c -> c.column() + 1).max().orElse(0);
    }
}
