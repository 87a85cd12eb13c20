package org.policygraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of NIF 2.0 and ITS 2.0 RDF used for spans: offsets, the exact quote, the text they point
 * into, and the thing a span names. Standard vocabularies, so that any NIF tool can show the text
 * behind a triple.
 */
public final class Nif {

    public static final String NS = "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#";
    public static final String ITSRDF = "http://www.w3.org/2005/11/its/rdf#";

    public static final Node Context = uri(NS + "Context");
    public static final Node OffsetBasedString = uri(NS + "OffsetBasedString");
    public static final Node beginIndex = uri(NS + "beginIndex");
    public static final Node endIndex = uri(NS + "endIndex");
    public static final Node anchorOf = uri(NS + "anchorOf");
    public static final Node isString = uri(NS + "isString");
    public static final Node referenceContext = uri(NS + "referenceContext");
    /** ITS: the thing a span of text names. */
    public static final Node taIdentRef = uri(ITSRDF + "taIdentRef");

    private Nif() {
    }

    private static Node uri(String iri) {
        return NodeFactory.createURI(iri);
    }
}
