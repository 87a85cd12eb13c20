package org.policygraph.textindex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;
import org.policygraph.store.PolicyGraphStore;

/**
 * The document graphs of a store are the same read by node id (TDB2, through the store's pinned
 * dataset) and read quad by quad: each graph once, only graphs under the document base.
 */
class DocumentGraphsTest {

    @TempDir
    Path tmp;

    @Test
    void byNodeIdAndByQuadAlike() {
        Set<Node> expected = Set.of(Iris.documentGraph("a.txt"), Iris.documentGraph("b/c.txt"));
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            DatasetGraph dsg = store.dataset();
            fill(dsg);
            Txn.executeRead(dsg, () -> {
                assertNotNull(DocumentGraphs.tdb2(dsg), "the store's pinned dataset is read by node id");
                List<Node> graphs = DocumentGraphs.of(dsg);
                assertEquals(2, graphs.size(), graphs.toString());
                assertEquals(expected, new HashSet<>(graphs));
            });
        }
        DatasetGraph mem = DatasetGraphFactory.createTxnMem();
        fill(mem);
        Txn.executeRead(mem, () -> assertEquals(expected, new HashSet<>(DocumentGraphs.of(mem))));
    }

    private static void fill(DatasetGraph dsg) {
        Txn.executeWrite(dsg, () -> {
            for (String key : List.of("a.txt", "b/c.txt")) {
                dsg.add(Iris.documentGraph(key), Iris.source(key), PG.documentKey, NodeFactory.createLiteralString(key));
                dsg.add(Iris.documentGraph(key), Iris.source(key + "#again"), PG.documentKey, NodeFactory.createLiteralString(key));
            }
            dsg.add(NodeFactory.createURI("urn:test:elsewhere"), Iris.source("x"), PG.documentKey, NodeFactory.createLiteralString("x"));
        });
    }
}
