package org.policygraph.textindex;

import org.apache.jena.graph.Node;

/** One indexed literal: who says it ({@code subject}), by which predicate, its text and language tag ("" for none). */
public record TextEntry(Node subject, Node predicate, String text, String lang) {
}
