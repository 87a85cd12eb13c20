package org.policygraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms for the commitments answers make ({@link CommitmentMapping}), a section of its own in the
 * ontology: the class, who commits and who acts, what is promised, and the deadline with its dates.
 */
public final class CommitmentVocab {

    public static final Node Commitment = pg("Commitment");

    public static final Node madeIn = pg("madeIn");
    public static final Node committedBy = pg("committedBy");
    public static final Node actingBody = pg("actingBody");
    public static final Node actingBodySpan = pg("actingBodySpan");
    public static final Node promise = pg("promise");
    public static final Node promiseSpan = pg("promiseSpan");
    public static final Node deadlineQuote = pg("deadlineQuote");
    public static final Node deadlineSpan = pg("deadlineSpan");
    public static final Node deadlineFrom = pg("deadlineFrom");
    public static final Node deadlineBy = pg("deadlineBy");

    private CommitmentVocab() {
    }

    private static Node pg(String local) {
        return NodeFactory.createURI(PG.NS + local);
    }
}
