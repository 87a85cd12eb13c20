package org.policygraph.pages;

import java.util.Optional;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.policygraph.rdf.PG;

/**
 * Where the server answers for an IRI: {@code https://w3id.org/policygraph/id/...} at its own
 * {@code /id/...}, the vocabulary {@code https://w3id.org/policygraph/def(#Term)} at {@code /def(#Term)}.
 * Paths stay percent-encoded exactly as in the IRI, so that the way back gives the same IRI.
 */
public final class Links {

    /** Path prefix of resource pages. */
    public static final String ID_PATH = "/id/";
    /** Path of the vocabulary page. */
    public static final String DEF_PATH = "/def";

    private Links() {
    }

    /** The link for this node on a page: a local path for our IRIs, the IRI itself for other web IRIs, else empty. */
    public static Optional<String> href(Node node) {
        if (!node.isURI())
            return Optional.empty();
        String iri = node.getURI();
        if (iri.startsWith(PG.ID))
            return Optional.of(ID_PATH + iri.substring(PG.ID.length()));
        if (iri.equals(Vocabulary.ONTOLOGY.getURI()))
            return Optional.of(DEF_PATH);
        if (iri.startsWith(PG.NS))
            return Optional.of(DEF_PATH + "#" + iri.substring(PG.NS.length()));
        if (iri.startsWith("http://") || iri.startsWith("https://"))
            return Optional.of(iri);
        return Optional.empty();
    }

    /** The resource a raw (still percent-encoded) request path below {@code /id/} names, if it names one. */
    public static Optional<Node> resource(String rawPath) {
        if (!rawPath.startsWith(ID_PATH) || rawPath.length() == ID_PATH.length())
            return Optional.empty();
        String rest = rawPath.substring(ID_PATH.length());
        // Only characters an IRI path may hold; anything else cannot be one of ours.
        if (!rest.matches("[A-Za-z0-9\\-._~%!$&'()*+,;=:@/]+"))
            return Optional.empty();
        return Optional.of(NodeFactory.createURI(PG.ID + rest));
    }
}
