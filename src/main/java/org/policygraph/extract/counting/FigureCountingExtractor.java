package org.policygraph.extract.counting;

import java.util.List;

import org.policygraph.diagnostic.Diagnostics;
import org.policygraph.model.Figure;
import org.policygraph.model.FigureCounting;
import org.policygraph.model.FigurePlace;
import org.policygraph.model.Mention;
import org.policygraph.model.Region;

/**
 * What aggregations need to count a document's figures right (issue 19.5): the place each figure is
 * about ({@link FigurePlaces}) and the figures that restate an earlier one ({@link Restatements}).
 * Thread-safe.
 */
public final class FigureCountingExtractor {

    private final FigurePlaces places = new FigurePlaces();
    private final Restatements restatements = new Restatements();

    /** The counting facts of {@code figures}, read with the document's {@code mentions} and {@code regions}. */
    public FigureCounting read(String text, List<Region> regions, List<Figure> figures, List<Mention> mentions,
                               Diagnostics report) {
        List<FigurePlace> about = places.read(text, figures, mentions, report);
        return new FigureCounting(about, restatements.read(text, regions, figures, about, report));
    }
}
