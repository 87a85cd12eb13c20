package org.policygraph.model;

import java.util.List;
import java.util.Optional;

/**
 * A table read from text (one {@code qb:DataSet}): its header and the span of header and rows.
 *
 * @param span       from the first header line to the end of the last row
 * @param caption    the line that introduces the table, without bullet and colon ("Naar regio")
 * @param rowHeader  the header of the label column as written ("Provincie"), when the table has one
 * @param columns    the header of each numeric column; the text is the header's lines joined with
 *                   single spaces (so it may differ from the covered text by its line breaks), the
 *                   span covers the header's lines
 */
public record FigureTable(Span span, Optional<String> caption, Optional<Located> rowHeader, List<Located> columns) {

    public FigureTable {
        columns = List.copyOf(columns);
        if (columns.isEmpty())
            throw new IllegalArgumentException("A table needs at least one column");
    }
}
