package org.policygraph.rdf;

import java.util.ArrayList;
import java.util.List;

import org.apache.jena.graph.Node;
import org.policygraph.model.Span;

/**
 * The resources that stand for parts of a document (question, answer, sub-questions, answer parts),
 * by span, so that a fact read at some offset can be linked to the innermost part it stands in.
 */
final class PartIndex {

    private record Entry(Span span, Node part) {
    }

    private final List<Entry> entries = new ArrayList<>();

    void add(Span span, Node part) {
        entries.add(new Entry(span, part));
    }

    /** The smallest registered part that contains {@code span} (on a tie the later, deeper one), or {@code fallback}. */
    Node innermost(Span span, Node fallback) {
        Entry best = null;
        for (Entry e : entries)
            if (e.span.start() <= span.start() && span.end() <= e.span.end()
                    && (best == null || e.span.length() <= best.span.length()))
                best = e;
        return best == null ? fallback : best.part;
    }
}
