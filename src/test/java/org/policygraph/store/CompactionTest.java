package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.ingest.Ingester;
import org.policygraph.rdf.Iris;

/**
 * Compaction gives back the space replaced documents left behind and loses nothing: every graph,
 * the registry included, is the same after it, also while readers query the store throughout.
 */
@Tag("store")
class CompactionTest {

    private static final int DOCUMENTS = 60;
    private static final int READERS = 3;

    @TempDir
    Path tmp;

    @Test
    void compactionGivesSpaceBackAndKeepsEveryGraphWhileReadersQuery() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path dir = tmp.resolve("store");
        CorpusGenerator generator = new CorpusGenerator(16);
        generator.write(corpus, DOCUMENTS);
        List<DerivedData.Cause> broughtInStep = Collections.synchronizedList(new ArrayList<>());
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            Ingester ingester = Ingester.builder(store).noBulkLoad().batchSize(8).build();
            ingester.ingest(List.of(corpus));
            // Every document replaced three times: three old copies of each graph stay behind in TDB2's files.
            for (int round = 0; round < 3; round++) {
                for (int i = 0; i < DOCUMENTS; i++) {
                    CorpusGenerator.Generated g = round % 2 == 0 ? generator.edited(i) : generator.generate(i);
                    Files.write(corpus.resolve(g.path()), g.bytes());
                }
                assertEquals(DOCUMENTS, ingester.ingest(List.of(corpus)).replaced().size());
            }
            Map<Node, Graph> before = StoreContents.of(store.dataset());
            assertTrue(before.containsKey(Iris.REGISTRY_GRAPH), "the registry is there to compare");
            long triples = count(store);

            AtomicBoolean reading = new AtomicBoolean(true);
            AtomicInteger reads = new AtomicInteger();
            List<String> errors = Collections.synchronizedList(new ArrayList<>());
            List<Thread> readers = new ArrayList<>();
            for (int r = 0; r < READERS; r++) {
                Thread t = new Thread(() -> {
                    while (reading.get()) {
                        try {
                            long n = count(store);
                            if (n != triples)
                                errors.add("a reader saw " + n + " quads instead of " + triples);
                            reads.incrementAndGet();
                        } catch (RuntimeException e) {
                            errors.add(e.toString());
                        }
                    }
                });
                t.start();
                readers.add(t);
            }
            while (reads.get() < READERS)
                Thread.sleep(10);
            int readsBefore = reads.get();
            Compaction.Result result = Compaction.run(store, (s, cause) -> broughtInStep.add(cause));
            int readsAfter = reads.get();
            while (reads.get() < readsAfter + READERS)
                Thread.sleep(10);
            reading.set(false);
            for (Thread t : readers)
                t.join();

            assertEquals(List.of(), errors, "readers during the compaction");
            assertTrue(readsBefore > 0 && reads.get() > readsAfter, "readers ran before, across and after the compaction");
            StoreContents.assertSame(before, StoreContents.of(store.dataset()), "after compaction");
            assertTrue(result.after() < result.before() * 0.8, "space given back: " + result.summary());
            assertEquals(List.of(DerivedData.Cause.COMPACTED), broughtInStep, "derived data brought in step once");
            assertEquals(List.of(result.generation()), generations(dir), "the old generation is deleted");
            assertEquals(result.after(), CompactedSize.read(dir).orElseThrow().bytes(), "the compacted size is recorded");

            // The store goes on taking writes on its new generation.
            CorpusGenerator.Generated g = generator.generate(0);
            Files.write(corpus.resolve(g.path()), g.bytes());
            assertEquals(1, ingester.ingest(List.of(corpus)).replaced().size());
            System.out.printf("compaction: %s, %d reads in all%n", result.summary(), reads.get());
        }
        // Reopened from disk: the new generation is the store.
        Map<Node, Graph> reopened = StoreContents.of(dir);
        assertEquals(DOCUMENTS + 2, reopened.size(), "every document graph, the registry and the summaries");
        assertTrue(reopened.containsKey(Summaries.GRAPH), "the summaries survive compaction");
    }

    /** Quads in the union of all graphs, through SPARQL as the server runs it. */
    private static long count(PolicyGraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            try (var qe = QueryExecutionFactory.create("SELECT (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } }",
                    DatasetFactory.wrap(store.dataset()))) {
                return qe.execSelect().next().getLiteral("n").getLong();
            }
        });
    }

    private static List<String> generations(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }
}
