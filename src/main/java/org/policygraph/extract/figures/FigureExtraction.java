package org.policygraph.extract.figures;

import java.util.List;

import org.policygraph.model.Figure;
import org.policygraph.model.FigureTable;
import org.policygraph.model.Span;

/**
 * Everything one extraction found in a region.
 *
 * @param figures    all figures, prose and table cells, in text order
 * @param tables     the tables whose header and rows aligned
 * @param unaligned  rows that looked like a table whose header could not be matched to them
 *                   column for column; they yield no figure
 */
public record FigureExtraction(List<Figure> figures, List<FigureTable> tables, List<Span> unaligned) {

    public FigureExtraction {
        figures = List.copyOf(figures);
        tables = List.copyOf(tables);
        unaligned = List.copyOf(unaligned);
    }
}
