package org.policygraph.textindex;

import org.apache.jena.graph.Node;

/** One match of a search: the literal's subject, its score, the literal, the graph it is in and its predicate. */
public record TextHit(Node subject, float score, Node literal, Node graph, Node predicate) {
}
