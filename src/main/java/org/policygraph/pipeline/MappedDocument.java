package org.policygraph.pipeline;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.policygraph.diagnostic.Diagnostic;
import org.policygraph.model.DocumentKind;
import org.policygraph.model.SourceDocument;

/**
 * A document carried through the whole pipeline: its source, its kind, the triples of its graph and
 * what the stages reported about it.
 * <p>
 * The graph builds its index on its first search (see {@code DocumentMapper}), which changes it:
 * hand it from thread to thread, do not search it from two at once before it has been searched once.
 */
public record MappedDocument(SourceDocument source, DocumentKind kind, Graph graph, List<Diagnostic> diagnostics) {

    public MappedDocument {
        diagnostics = List.copyOf(diagnostics);
    }
}
