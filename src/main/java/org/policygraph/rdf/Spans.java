package org.policygraph.rdf;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

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
    /** Offsets (UTF-16) of the second half of every surrogate pair, in order: what code points count once. */
    private final int[] pairEnds;
    /** Spans already written: a sentence holding several figures is described once, not once per figure. */
    private final Map<Span, Node> written = new HashMap<>();

    Spans(Triples t, String key, String text, Node source) {
        this.t = t;
        this.key = key;
        this.text = text;
        this.source = source;
        this.pairEnds = pairEnds(text);
    }

    /** Counting code points from the start for every span would make a long document quadratic. */
    private static int[] pairEnds(String text) {
        int[] ends = new int[16];
        int n = 0;
        for (int i = 1; i < text.length(); i++)
            if (Character.isLowSurrogate(text.charAt(i)) && Character.isHighSurrogate(text.charAt(i - 1))) {
                if (n == ends.length)
                    ends = Arrays.copyOf(ends, n * 2);
                ends[n++] = i;
            }
        return Arrays.copyOf(ends, n);
    }

    /** The number of code points before UTF-16 offset {@code offset}. */
    private int codePoints(int offset) {
        int pairs = Arrays.binarySearch(pairEnds, offset);
        // pairs ending before the offset each count one code point for two chars
        int before = pairs >= 0 ? pairs : -pairs - 1;
        return offset - before;
    }

    /**
     * The span resource for {@code span} (UTF-16 offsets, as Java counts), described with offsets in
     * Unicode characters, as SPARQL's SUBSTR and NIF clients count.
     */
    Node of(Span span) {
        Node known = written.get(span);
        if (known != null)
            return known;
        int begin = codePoints(span.start());
        int end = codePoints(span.end());
        Node node = Iris.span(key, new Span(begin, end));
        t.type(node, PG.TextSpan)
                .integer(node, Nif.beginIndex, begin)
                .integer(node, Nif.endIndex, end)
                .string(node, Nif.anchorOf, span.of(text))
                .add(node, Nif.referenceContext, source);
        written.put(span, node);
        return node;
    }

    /** The source document the spans point into. */
    Node source() {
        return source;
    }
}
