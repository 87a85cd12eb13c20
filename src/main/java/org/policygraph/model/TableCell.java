package org.policygraph.model;

/**
 * Where a {@link Figure} read from a table stands: its row and column (one {@code qb:Observation}).
 *
 * @param table   the table
 * @param row     the row label as written ("Antwerpen", "Vlaams Brabant") with its span
 * @param column  index into {@link FigureTable#columns()}
 */
public record TableCell(FigureTable table, Located row, int column) {

    public TableCell {
        if (column < 0 || column >= table.columns().size())
            throw new IllegalArgumentException("No column " + column + " in a table of " + table.columns().size());
    }

    /** The column's header text ("Gemeenschapsonderwijs"). */
    public String columnHeader() {
        return table.columns().get(column).text();
    }
}
