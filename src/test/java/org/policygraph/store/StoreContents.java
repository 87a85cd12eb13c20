package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;

/** Every named graph of a store, copied into memory, to compare stores graph by graph. */
public final class StoreContents {

    private StoreContents() {
    }

    /** The graphs of {@code dsg} by name, read in one read transaction. */
    public static Map<Node, Graph> of(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            Map<Node, Graph> out = new HashMap<>();
            dsg.listGraphNodes().forEachRemaining(g -> {
                Graph copy = GraphFactory.createDefaultGraph();
                dsg.find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
                out.put(g, copy);
            });
            return out;
        });
    }

    /** The graphs of the (closed) store in {@code dir}. */
    public static Map<Node, Graph> of(Path dir) {
        try (PolicyGraphStore s = PolicyGraphStore.openExisting(dir)) {
            return of(s.dataset());
        }
    }

    /** Asserts the same graph names with isomorphic graphs. */
    public static void assertSame(Map<Node, Graph> expected, Map<Node, Graph> actual, String what) {
        assertEquals(expected.keySet(), actual.keySet(), what + ": the same graphs");
        expected.forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(actual.get(g)), what + ": " + g + " is the same graph"));
    }

    /** Asserts that the registry of {@code dsg} names every document graph among {@code graphs} (all but the registry and the summaries), and no other. */
    public static void assertRegistered(DatasetGraph dsg, Map<Node, Graph> graphs, String what) {
        Set<Node> registered = new HashSet<>();
        Txn.executeRead(dsg, () -> dsg.find(Iris.REGISTRY_GRAPH, Node.ANY, PG.graph, Node.ANY)
                .forEachRemaining(q -> registered.add(q.getObject())));
        Set<Node> documents = new HashSet<>(graphs.keySet());
        documents.remove(Iris.REGISTRY_GRAPH);
        documents.remove(Summaries.GRAPH);
        assertEquals(documents, registered, what + ": the registry names every document graph, and no other");
    }
}
