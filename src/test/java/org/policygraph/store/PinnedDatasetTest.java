package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.engine.QueryEngineFactoryWrapper;
import org.apache.jena.sparql.engine.QueryEngineRegistry;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.solver.QueryEngineTDB;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The store's dataset hands queries to TDB2's own engine on the generation of their transaction
 * (the default graph is then the union of the graphs, as TDB2's engine makes it), and a graph taken
 * from it outside a transaction follows the transactions it is used in, across a compaction too.
 */
@Tag("store")
class PinnedDatasetTest {

    private static final Node G = NodeFactory.createURI("urn:pg:test:g");
    private static final Node X = NodeFactory.createURI("urn:pg:test:x");

    @TempDir
    Path tmp;

    @Test
    void queriesRunInTdbsEngineOnTheTransactionsGeneration() {
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            PinnedDataset dsg = (PinnedDataset) store.dataset();
            WriteGate.of(dsg).writing(() -> Txn.executeWrite(dsg, () -> dsg.add(G, X, X, X)));
            long n = Txn.calculateRead(dsg, () -> {
                var query = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");
                // ARQ's engine for wrappers asks the wrapper what it holds: inside a transaction, its generation.
                assertEquals(QueryEngineFactoryWrapper.get(), QueryEngineRegistry.findFactory(query, dsg, dsg.getContext()));
                var factory = QueryEngineRegistry.findFactory(query, dsg.storage(), dsg.getContext());
                assertEquals(QueryEngineTDB.getFactory(), factory, "TDB2's engine for the transaction's generation");
                try (var qe = QueryExecutionFactory.create(query, DatasetFactory.wrap(dsg))) {
                    return qe.execSelect().next().getLiteral("n").getLong();
                }
            });
            assertTrue(n >= 1, "the default graph is the union of the graphs: " + n);
            assertFalse(dsg.isInTransaction());
        }
    }

    @Test
    void aGraphTakenOutsideATransactionFollowsTransactionsAcrossACompaction() {
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            PinnedDataset dsg = (PinnedDataset) store.dataset();
            Graph g = dsg.getGraph(G);
            WriteGate.of(dsg).writing(() -> Txn.executeWrite(dsg, () -> dsg.add(G, X, X, X)));
            assertEquals(1, Txn.calculateRead(dsg, () -> g.size()));
            Compaction.run(store, DerivedData.NONE);
            WriteGate.of(dsg).writing(() -> Txn.executeWrite(dsg, () -> g.add(X, X, NodeFactory.createLiteralString("after"))));
            assertEquals(2, Txn.calculateRead(dsg, () -> g.size()), "read and written on the new generation");
        }
    }

    /**
     * While a recording is open, each committed transaction adds the graphs it wrote, the default
     * graph by its one name; an aborted one adds nothing; one begun before the recording and
     * committed after it is recorded; a clear marks everything.
     */
    @Test
    void aRecordingHasTheGraphsOfTheTransactionsCommittedWhileItIsOpen() throws Exception {
        Node h = NodeFactory.createURI("urn:pg:test:h");
        Node k = NodeFactory.createURI("urn:pg:test:k");
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            PinnedDataset dsg = (PinnedDataset) store.dataset();
            java.util.concurrent.CountDownLatch begun = new java.util.concurrent.CountDownLatch(1);
            java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
            Thread early = new Thread(() -> Txn.executeWrite(dsg, () -> {
                dsg.add(k, X, X, X);
                begun.countDown();
                try {
                    commit.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
            early.start();
            begun.await();
            WrittenGraphs recording = dsg.startRecording();
            try {
                commit.countDown();
                early.join();
                Txn.executeWrite(dsg, () -> {
                    dsg.add(G, X, X, X);
                    dsg.getGraph(h).add(X, X, X);
                    dsg.getDefaultGraph().add(X, X, X);
                    dsg.add(Quad.defaultGraphNodeGenerated, X, X, NodeFactory.createLiteralString("too"));
                });
                dsg.begin(org.apache.jena.query.TxnType.WRITE);
                dsg.add(NodeFactory.createURI("urn:pg:test:aborted"), X, X, X);
                dsg.abort();
                dsg.end();
                WrittenGraphs.Taken taken = recording.take();
                assertEquals(java.util.Set.of(G, h, k, Quad.defaultGraphIRI), taken.graphs());
                assertFalse(taken.everything());
                assertEquals(2, taken.commits(), "the aborted transaction is not counted");

                Txn.executeWrite(dsg, () -> dsg.removeGraph(h));
                assertTrue(recording.take().graphs().contains(h));
                Txn.executeWrite(dsg, dsg::clear);
                assertTrue(recording.take().everything(), "a clear names no graph");
            } finally {
                dsg.stopRecording();
            }
            Txn.executeWrite(dsg, () -> dsg.add(G, X, X, NodeFactory.createLiteralString("after")));
            assertEquals(4, recording.commits(), "nothing recorded once it is closed");
        }
    }
}
