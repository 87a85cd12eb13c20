package org.policygraph.extract;

import java.util.Comparator;
import java.util.TreeSet;

import org.policygraph.model.Span;

/**
 * Spans claimed so far, first come first served: a span that overlaps one already claimed is
 * refused. Claimed spans never overlap, so ordered by start they are ordered by end as well, and
 * only the last one starting before a candidate ends can overlap it: one lookup per claim instead of
 * a comparison with every claim (a document with 100,000 mentions would take minutes otherwise).
 */
final class SpanClaims {

    private final TreeSet<Span> claimed = new TreeSet<>(Comparator.comparingInt(Span::start).thenComparingInt(Span::end));

    /** Claims {@code span} and returns true, or returns false when it overlaps a claimed span. */
    boolean claim(Span span) {
        Span before = claimed.lower(new Span(span.end(), span.end()));
        if (before != null && span.start() < before.end())
            return false;
        claimed.add(span);
        return true;
    }
}
