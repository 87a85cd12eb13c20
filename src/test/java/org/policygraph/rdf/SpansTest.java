package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.policygraph.model.Span;

/** Span offsets in the graph count code points, computed once per document rather than once per span. */
class SpansTest {

    @Test
    void offsetsCountCodePointsAsJavaDoes() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < 60; i++) {
                int pick = random.nextInt(4);
                sb.append(pick == 0 ? "\uD835\uDC9C" : pick == 1 ? "é" : pick == 2 ? "€" : "a");
            }
            String text = sb.toString();
            Graph g = GraphFactory.createDefaultGraph();
            Spans spans = new Spans(new Triples(g), "k.txt", text, Iris.source("k.txt"));
            int start = random.nextInt(text.length());
            int end = start + random.nextInt(text.length() - start + 1);
            Node node = spans.of(new Span(start, end));
            assertEquals(text.codePointCount(0, start), integer(g, node, Nif.beginIndex), text + " " + start);
            assertEquals(text.codePointCount(0, end), integer(g, node, Nif.endIndex), text + " " + end);
        }
    }

    private static int integer(Graph g, Node s, Node p) {
        return Integer.parseInt(g.find(s, p, Node.ANY).next().getObject().getLiteralLexicalForm());
    }
}
