package org.policygraph.rdf;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;

/**
 * Terms of the policygraph ontology ({@code ontology/policygraph.ttl}), namespace
 * {@value #NS}. The ontology file is the documentation; this class only names its terms.
 */
public final class PG {

    /** Namespace of the ontology. */
    public static final String NS = "https://w3id.org/policygraph/def#";
    /** Base of all instance IRIs. */
    public static final String ID = "https://w3id.org/policygraph/id/";

    private PG() {
    }

    private static Node term(String local) {
        return NodeFactory.createURI(NS + local);
    }

    // Classes
    public static final Node Document = term("Document");
    public static final Node WrittenQuestion = term("WrittenQuestion");
    public static final Node Advice = term("Advice");
    public static final Node Answer = term("Answer");
    public static final Node SourceDocument = term("SourceDocument");
    public static final Node TextSpan = term("TextSpan");
    public static final Node IngestActivity = term("IngestActivity");

    // Written questions and answers
    public static final Node questionNumber = term("questionNumber");
    public static final Node askedBy = term("askedBy");
    public static final Node addressedTo = term("addressedTo");
    public static final Node addresseeTitle = term("addresseeTitle");
    public static final Node hasAnswer = term("hasAnswer");
    public static final Node answers = term("answers");
    public static final Node answeredBy = term("answeredBy");
    public static final Node answererTitle = term("answererTitle");
    public static final Node refersTo = term("refersTo");
    public static final Node text = term("text");
    public static final Node documentKind = term("documentKind");

    // Spans: where in the normalised text a fact was read
    public static final Node hasSpan = term("hasSpan");
    public static final Node startOffset = term("startOffset");
    public static final Node endOffset = term("endOffset");
    public static final Node inSource = term("inSource");

    // Source documents
    public static final Node fileName = term("fileName");
    public static final Node documentKey = term("documentKey");
    public static final Node sha256 = term("sha256");
    public static final Node byteSize = term("byteSize");
    public static final Node mediaType = term("mediaType");
    public static final Node characterEncoding = term("characterEncoding");
    public static final Node parserVersion = term("parserVersion");
    public static final Node normalisedText = term("normalisedText");

    // Store bookkeeping (registry graph)
    public static final Node graph = term("graph");
}
