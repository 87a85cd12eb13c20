package org.policygraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policygraph.model.Responsiveness;

/** Terms for how an answer responds to each sub-question (issue 19.1, {@link ResponsivenessMapping}). */
public final class ResponsivenessVocab {

    // The class and its individuals, one per model/Responsiveness
    public static final Node Responsiveness = pg("Responsiveness");
    public static final Node Answered = pg("Answered");
    public static final Node PointedElsewhere = pg("PointedElsewhere");
    public static final Node ReferredElsewhere = pg("ReferredElsewhere");
    public static final Node DataNotAvailable = pg("DataNotAvailable");
    public static final Node NotAddressed = pg("NotAddressed");

    // Properties
    public static final Node responsiveness = pg("responsiveness");
    public static final Node responsivenessEvidence = pg("responsivenessEvidence");

    private ResponsivenessVocab() {
    }

    /** The individual for a class of the model. */
    public static Node of(Responsiveness r) {
        return switch (r) {
            case ANSWERED -> Answered;
            case POINTED_ELSEWHERE -> PointedElsewhere;
            case REFERRED_ELSEWHERE -> ReferredElsewhere;
            case DATA_NOT_AVAILABLE -> DataNotAvailable;
            case NOT_ADDRESSED -> NotAddressed;
        };
    }

    private static Node pg(String local) {
        return NodeFactory.createURI(PG.NS + local);
    }
}
