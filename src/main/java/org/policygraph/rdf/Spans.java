package org.policygraph.rdf;

import org.apache.jena.graph.Node;
import org.policygraph.model.Span;

/**
 * Writes span resources in NIF: begin and end offsets, the exact quote, and the source document
 * whose normalised text ({@code nif:isString}) they point into. Offsets in the graph count Unicode
 * characters, so that they hold for text with characters outside the Basic Multilingual Plane too.
 */
final class Spans {

    private final Triples t;
    private final String key;
    private final String text;
    private final Node source;

    Spans(Triples t, String key, String text, Node source) {
        this.t = t;
        this.key = key;
        this.text = text;
        this.source = source;
    }

    /**
     * The span resource for {@code span} (UTF-16 offsets, as Java counts), described with offsets in
     * Unicode characters, as SPARQL's SUBSTR and NIF clients count.
     */
    Node of(Span span) {
        int begin = text.codePointCount(0, span.start());
        int end = begin + text.codePointCount(span.start(), span.end());
        Node node = Iris.span(key, new Span(begin, end));
        t.type(node, PG.TextSpan)
                .integer(node, Nif.beginIndex, begin)
                .integer(node, Nif.endIndex, end)
                .string(node, Nif.anchorOf, span.of(text))
                .add(node, Nif.referenceContext, source);
        return node;
    }

    /** The source document the spans point into. */
    Node source() {
        return source;
    }
}
