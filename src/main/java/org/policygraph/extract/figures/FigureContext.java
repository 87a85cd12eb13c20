package org.policygraph.extract.figures;

import java.util.List;

import org.policygraph.layout.Block;
import org.policygraph.model.Span;

/**
 * What the caller knows about the text around a region: spans that must not be read for
 * figures, such as the document's own title (where "3 jaar" names the document, not a fact) or
 * header lines already parsed as metadata, and the tables the layout found.
 *
 * @param excluded spans of the normalised text to leave unread
 * @param tables   the layout's table blocks; those inside the region are read cell by cell, and none
 *                 is read again as prose
 */
public record FigureContext(List<Span> excluded, List<Block> tables) {

    public FigureContext {
        excluded = List.copyOf(excluded);
        tables = List.copyOf(tables);
    }

    /** A context that excludes nothing and knows no tables. */
    public static FigureContext none() {
        return new FigureContext(List.of(), List.of());
    }

    /** A context that leaves {@code spans} unread. */
    public static FigureContext excluding(Span... spans) {
        return new FigureContext(List.of(spans), List.of());
    }

    /** The same context with the layout's table blocks. */
    public FigureContext withTables(List<Block> tableBlocks) {
        return new FigureContext(excluded, tableBlocks);
    }
}
