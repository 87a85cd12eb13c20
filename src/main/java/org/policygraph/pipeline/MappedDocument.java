package org.policygraph.pipeline;

import org.apache.jena.graph.Graph;
import org.policygraph.model.DocumentKind;
import org.policygraph.model.SourceDocument;

/** A document carried through the whole pipeline: its source, its kind and the triples of its graph. */
public record MappedDocument(SourceDocument source, DocumentKind kind, Graph graph) {
}
