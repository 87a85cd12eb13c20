package org.policygraph.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.mem.GraphMemIndexedSet;
import org.apache.jena.mem.IndexingStrategy;
import org.junit.jupiter.api.Test;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.testing.Corpora;

class TriplesTest {

    private static final Node ORG = NodeFactory.createURI("https://example.org/org/go");

    private static List<String> labels(Graph g) {
        return g.find(ORG, Vocab.RDFS_LABEL, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
    }

    @Test
    void firstStringKeepsTheFirstValueWhicheverWayItCame() {
        Graph g = new GraphMemIndexedSet(IndexingStrategy.LAZY);
        new Triples(g).string(ORG, Vocab.RDFS_LABEL, "GO!").firstString(ORG, Vocab.RDFS_LABEL, "GO");
        assertEquals(List.of("GO!"), labels(g));

        Graph h = new GraphMemIndexedSet(IndexingStrategy.LAZY);
        new Triples(h).firstString(ORG, Vocab.RDFS_LABEL, "GO").firstString(ORG, Vocab.RDFS_LABEL, "GO!")
                .firstString(ORG, Vocab.DCTERMS_TITLE, "Onderwijs");
        assertEquals(List.of("GO"), labels(h));
        assertTrue(h.contains(ORG, Vocab.DCTERMS_TITLE, Node.ANY), "another property is another first value");
    }

    @Test
    void firstStringRefusesAPropertyItDoesNotTrack() {
        Triples t = new Triples(new GraphMemIndexedSet(IndexingStrategy.LAZY));
        assertThrows(IllegalArgumentException.class, () -> t.firstString(ORG, Vocab.DCTERMS_DATE, "x"));
    }

    @Test
    void mappingNeverSearchesTheDocumentGraph() {
        // A search during the mapping would index the graph triple by triple again (bench/RESULTS.md).
        for (String doc : List.of("vragen/sv-0312-fietspaden.txt", "vragen/sv-0088-leerlingenvervoer.md")) {
            Graph g = new DocumentPipeline().process(Corpora.example(doc), doc).graph();
            GraphMemIndexedSet indexed = assertInstanceOf(GraphMemIndexedSet.class, g);
            assertFalse(indexed.isIndexInitialized(), doc);
            assertTrue(g.size() > 100, doc);
            assertTrue(g.contains(Node.ANY, Vocab.FOAF_NAME, Node.ANY), "searchable once mapped: " + doc);
        }
    }
}
