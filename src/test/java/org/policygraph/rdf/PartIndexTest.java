package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.junit.jupiter.api.Test;
import org.policygraph.model.Span;

/** The indexed lookup gives what a scan of every part gives, for nested and for overlapping parts. */
class PartIndexTest {

    private static final Node DOCUMENT = NodeFactory.createURI("urn:doc");

    private record Part(Span span, Node node) {
    }

    /** The definition: the smallest part containing the span, the later one on a tie. */
    private static Node byDefinition(List<Part> parts, Span span) {
        Part best = null;
        for (Part p : parts)
            if (p.span().start() <= span.start() && span.end() <= p.span().end()
                    && (best == null || p.span().length() <= best.span().length()))
                best = p;
        return best == null ? DOCUMENT : best.node();
    }

    /** A tree of parts as documents have them: children inside their parent, siblings apart, some repeated. */
    private static void nestedParts(Random r, int start, int end, int depth, List<Part> out) {
        if (depth > 4 || end - start < 4)
            return;
        int at = start;
        while (at < end - 2) {
            int len = 2 + r.nextInt(Math.max(1, (end - at) / 2));
            int s = at + r.nextInt(2), e = Math.min(end, s + len);
            out.add(new Part(new Span(s, e), NodeFactory.createURI("urn:p" + out.size())));
            if (r.nextInt(8) == 0) // the same span registered twice (question body and title, say)
                out.add(new Part(new Span(s, e), NodeFactory.createURI("urn:p" + out.size())));
            nestedParts(r, s, e, depth + 1, out);
            at = e + r.nextInt(3);
        }
    }

    @Test
    void nestedPartsGiveWhatTheDefinitionGives() {
        Random r = new Random(5);
        for (int round = 0; round < 200; round++) {
            List<Part> parts = new ArrayList<>();
            nestedParts(r, 0, 400, 0, parts);
            java.util.Collections.shuffle(parts, r);
            check(parts, r);
        }
    }

    @Test
    void overlappingPartsGiveWhatTheDefinitionGives() {
        Random r = new Random(6);
        for (int round = 0; round < 200; round++) {
            List<Part> parts = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                int s = r.nextInt(300);
                parts.add(new Part(new Span(s, s + 1 + r.nextInt(100)), NodeFactory.createURI("urn:p" + i)));
            }
            check(parts, r);
        }
    }

    private static void check(List<Part> parts, Random r) {
        PartIndex index = new PartIndex();
        parts.forEach(p -> index.add(p.span(), p.node()));
        for (int q = 0; q < 200; q++) {
            int s = r.nextInt(420);
            Span span = new Span(s, s + r.nextInt(30));
            assertEquals(byDefinition(parts, span), index.innermost(span, DOCUMENT), span + " in " + parts);
        }
    }
}
