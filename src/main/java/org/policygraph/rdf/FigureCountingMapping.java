package org.policygraph.rdf;

import org.apache.jena.graph.Node;
import org.policygraph.model.FigureCounting;
import org.policygraph.model.FigurePlace;
import org.policygraph.model.Mention;
import org.policygraph.model.Restatement;

/**
 * Maps what aggregations need to count figures right (issue 19.5), as the extract stage decided it:
 * the place a figure is about ({@code pg:aboutPlace}; a table cell's row place also as
 * {@code pg:rowPlace}) and the earlier figure a figure restates ({@code pg:restates}). The place is the
 * resource {@link ReferenceMapping} made for its mention.
 */
final class FigureCountingMapping {

    private final Triples t;
    private final String key;

    FigureCountingMapping(Triples t, String key) {
        this.t = t;
        this.key = key;
    }

    /** Maps {@code counting} onto the figures of the document. */
    void map(FigureCounting counting) {
        for (FigurePlace p : counting.places()) {
            Node figure = Iris.figure(key, p.figure());
            Node place = place(p.place());
            t.add(figure, PG.aboutPlace, place);
            if (p.basis() == FigurePlace.Basis.TABLE_ROW)
                t.add(figure, PG.rowPlace, place);
        }
        for (Restatement r : counting.restatements())
            t.add(Iris.figure(key, r.figure()), PG.restates, Iris.figure(key, r.first()));
    }

    private static Node place(Mention m) {
        return switch (m.kind()) {
            case PROVINCE -> Iris.named("province", m.label());
            case MUNICIPALITY -> Iris.named("municipality", m.label());
            default -> throw new IllegalArgumentException("not a place: " + m);
        };
    }
}
