package org.policygraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/** Terms for series of questions and measures that meet across them ({@link SeriesMapping}). */
public final class SeriesVocab {

    // Classes
    public static final Node QuestionSeries = pg("QuestionSeries");

    // Properties
    public static final Node inSeries = pg("inSeries");
    public static final Node seriesKey = pg("seriesKey");
    public static final Node seriesAddressee = pg("seriesAddressee");
    public static final Node seriesOrdinal = pg("seriesOrdinal");
    public static final Node ordinalSpan = pg("ordinalSpan");
    public static final Node follows = pg("follows");
    public static final Node measureKey = pg("measureKey");

    private SeriesVocab() {
    }

    private static Node pg(String local) {
        return NodeFactory.createURI(PG.NS + local);
    }
}
