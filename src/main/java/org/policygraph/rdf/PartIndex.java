package org.policygraph.rdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

import org.apache.jena.graph.Node;
import org.policygraph.model.Span;

/**
 * The resources that stand for parts of a document (question, answer, sub-questions, answer parts),
 * by span, so that a fact read at some offset can be linked to the innermost part it stands in.
 * <p>
 * Parts nest (a sub-question inside the question body, an answer part inside the answer), so the
 * parts containing a fact form one chain of ancestors: a lookup walks up that chain from the last
 * part starting at or before the fact, instead of scanning every part for every fact, which is
 * quadratic on a document with tens of thousands of items. Parts that overlap without nesting fall
 * back to the scan, which gives the same answer.
 */
final class PartIndex {

    private record Entry(Span span, Node part, int order) {
    }

    private static final Comparator<Entry> NESTING = Comparator.comparingInt((Entry e) -> e.span.start())
            .thenComparing(Comparator.comparingInt((Entry e) -> e.span.end()).reversed())
            .thenComparingInt(Entry::order);

    private final List<Entry> entries = new ArrayList<>();
    /** The entries in nesting order (outer before inner), or null after an add. */
    private Entry[] sorted;
    private int[] starts;
    private int[] parent;
    private boolean nested;

    void add(Span span, Node part) {
        entries.add(new Entry(span, part, entries.size()));
        sorted = null;
    }

    /** The smallest registered part that contains {@code span} (on a tie the later, deeper one), or {@code fallback}. */
    Node innermost(Span span, Node fallback) {
        if (sorted == null)
            index();
        Entry best = nested && span.length() > 0 ? walkUp(span) : scan(span);
        return best == null ? fallback : best.part;
    }

    private void index() {
        sorted = entries.toArray(Entry[]::new);
        Arrays.sort(sorted, NESTING);
        starts = new int[sorted.length];
        parent = new int[sorted.length];
        nested = true;
        int[] open = new int[sorted.length];
        int depth = 0;
        for (int i = 0; i < sorted.length; i++) {
            Span s = sorted[i].span;
            starts[i] = s.start();
            while (depth > 0 && sorted[open[depth - 1]].span.end() <= s.start())
                depth--;
            if (depth > 0 && sorted[open[depth - 1]].span.end() < s.end())
                nested = false;
            parent[i] = depth > 0 ? open[depth - 1] : -1;
            open[depth++] = i;
        }
    }

    private Entry walkUp(Span span) {
        int i = lastStartingAtOrBefore(span.start());
        for (; i >= 0; i = parent[i])
            if (contains(sorted[i].span, span))
                return sorted[i];
        return null;
    }

    private int lastStartingAtOrBefore(int offset) {
        int lo = 0, hi = starts.length - 1, found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid] <= offset) {
                found = mid;
                lo = mid + 1;
            } else {
                hi = mid - 1;
            }
        }
        return found;
    }

    private Entry scan(Span span) {
        Entry best = null;
        for (Entry e : entries)
            if (contains(e.span, span) && (best == null || e.span.length() <= best.span.length()))
                best = e;
        return best;
    }

    private static boolean contains(Span outer, Span inner) {
        return outer.start() <= inner.start() && inner.end() <= outer.end();
    }
}
