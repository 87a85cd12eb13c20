package org.policygraph.model;

import java.util.List;

/**
 * What aggregations need to count each figure once and for the right place (issue 19.5), per figure
 * of the document and keyed by the figure's quote span: the place a figure is about, and which
 * figures restate an earlier one.
 */
public record FigureCounting(List<FigurePlace> places, List<Restatement> restatements) {

    /** Nothing known. */
    public static final FigureCounting EMPTY = new FigureCounting(List.of(), List.of());

    public FigureCounting {
        places = List.copyOf(places);
        restatements = List.copyOf(restatements);
    }
}
