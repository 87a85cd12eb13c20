package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecutionFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.ResultSet;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.ingest.Ingester;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.pipeline.MappedDocument;
import org.policygraph.rdf.Iris;
import org.policygraph.testing.Corpora;

/**
 * Compaction gives back the space replaced documents left behind and loses nothing: every graph,
 * the registry included, is the same after it, also while readers query the store throughout; the
 * queries are answered during the copy and writers made meanwhile wait and then land.
 */
@Tag("store")
class CompactionTest {

    private static final int DOCUMENTS = 60;
    private static final int READERS = 4;

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

    /**
     * Held at its first waypoint in the copy (the copying thread parked there, so no timing is
     * involved): a query is answered meanwhile, from the old generation, and writes made meanwhile
     * (documents added, replaced and removed, in two commits, and one transaction begun before the
     * compaction and committed during the copy) are done without waiting for the copy; they go to the
     * old generation and are caught up into the copy. After the switch every graph, the registry and
     * the summaries included, is what a store that received the same writes without a compaction
     * holds, and the summaries agree with the direct queries.
     */
    @Test
    void writesMadeDuringTheCopyAreNotHeldAndAreAllInTheCompactedStore() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path dir = tmp.resolve("store");
        Path referenceDir = tmp.resolve("reference");
        CorpusGenerator generator = new CorpusGenerator(17);
        generator.write(corpus, 30);
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            Ingester.builder(store).noBulkLoad().build().ingest(List.of(corpus));
        }
        Corpora.copyTree(dir, referenceDir);
        DocumentPipeline pipeline = new DocumentPipeline();
        List<MappedDocument> added = new ArrayList<>();
        for (int i = 30; i < 33; i++)
            added.add(mapped(pipeline, generator.generate(i)));
        List<MappedDocument> replaced = new ArrayList<>();
        for (int i = 0; i < 5; i++)
            replaced.add(mapped(pipeline, generator.edited(i)));
        List<String> removed = List.of(generator.generate(5).path(), generator.generate(6).path());
        Node slowGraph = NodeFactory.createURI("urn:pg:test:slow");
        Node thing = NodeFactory.createURI("urn:pg:test:x");

        try (PolicyGraphStore store = PolicyGraphStore.open(dir); PolicyGraphStore reference = PolicyGraphStore.open(referenceDir)) {
            long triples = count(store);
            String generationBefore = CompactedSize.currentGeneration(dir);
            WriteGate gate = WriteGate.of(store.dataset());
            // A write transaction begun before the compaction, committed while it copies: its snapshot misses it.
            CountDownLatch slowBegun = new CountDownLatch(1);
            CountDownLatch slowCommit = new CountDownLatch(1);
            Thread slow = new Thread(() -> gate.writing(() -> Txn.executeWrite(store.dataset(), () -> {
                store.dataset().add(slowGraph, thing, thing, thing);
                slowBegun.countDown();
                await(slowCommit);
            })));
            slow.start();
            slowBegun.await();

            CountDownLatch copying = new CountDownLatch(1);
            CountDownLatch goOn = new CountDownLatch(1);
            parkAtFirstCopying(copying, goOn);
            try {
                CompactionThread compaction = CompactionThread.start(store);
                copying.await();
                slowCommit.countDown();
                slow.join();

                assertEquals(triples + 1, count(store), "a query answered while the compaction copies");
                assertEquals(generationBefore, CompactedSize.currentGeneration(dir), "still on the old generation");
                Thread writer = new Thread(() -> {
                    write(store, added, List.of());
                    write(store, replaced, removed);
                });
                writer.start();
                while (writer.isAlive() && gate.waiting() == 0)
                    Thread.sleep(5);
                assertEquals(0, gate.waiting(), "no write waits for the copy");
                writer.join();
                assertTrue(compaction.isAlive(), "the writes were done while the compaction copies");

                goOn.countDown();
                Compaction.Result result = compaction.join();
                assertNull(compaction.failure(), "the compaction");
                assertNotEquals(generationBefore, result.generation(), result.summary());
                assertTrue(!result.recopied(), result.summary());

                Txn.executeWrite(reference.dataset(), () -> reference.dataset().add(slowGraph, thing, thing, thing));
                write(reference, added, List.of());
                write(reference, replaced, removed);
                Map<Node, Graph> expected = StoreContents.of(reference.dataset());
                StoreContents.assertSame(expected, StoreContents.of(store.dataset()), "after the compaction");
                assertEquals(Map.of(), SummaryAgreement.differences(store.dataset()), "the summaries agree with the direct queries");
                System.out.printf("writes during the copy: %s%n", result.summary());
            } finally {
                goOn.countDown();
                slowCommit.countDown();
                Waypoint.listen(null);
            }
        }
        try (PolicyGraphStore reference = PolicyGraphStore.open(referenceDir)) {
            StoreContents.assertSame(StoreContents.of(reference.dataset()), StoreContents.of(dir), "reopened from disk");
        }
    }

    /**
     * A store that has grown past the limit given while the copy is made holds its writers from
     * there until the switch (so it cannot grow without bound on a long copy); what they write then
     * lands on the compacted generation. Without the brake the writer would not wait (the test above).
     */
    @Test
    void writersAreHeldOnceTheLiveStorePassesTheLimitDuringTheCopy() throws Exception {
        Path dir = tmp.resolve("store");
        CorpusGenerator generator = new CorpusGenerator(23);
        DocumentPipeline pipeline = new DocumentPipeline();
        List<MappedDocument> added = new ArrayList<>();
        for (int i = 30; i < 33; i++)
            added.add(mapped(pipeline, generator.generate(i)));
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            ingestGenerated(store, 23, 30);
            long triples = count(store);
            WriteGate gate = WriteGate.of(store.dataset());
            CountDownLatch copying = new CountDownLatch(1);
            CountDownLatch goOn = new CountDownLatch(1);
            parkAtFirstCopying(copying, goOn);
            try {
                // Any store is past one byte: the brake holds writers from the copy's first quads.
                CompactionThread compaction = CompactionThread.start(store, 1);
                copying.await();
                Thread writer = new Thread(() -> write(store, added, List.of()));
                writer.start();
                while (gate.waiting() == 0 && writer.isAlive())
                    Thread.sleep(5);
                assertEquals(1, gate.waiting(), "the writer waits at the gate while the copy goes on");
                assertEquals(triples, count(store), "queries are still answered, without the held write");

                goOn.countDown();
                Compaction.Result result = compaction.join();
                assertNull(compaction.failure(), "the compaction");
                writer.join();
                assertTrue(count(store) > triples, "the held write landed after the switch: " + result.summary());
                assertTrue(result.writersHeld().compareTo(Duration.ZERO) > 0, result.summary());
            } finally {
                goOn.countDown();
                Waypoint.listen(null);
            }
        }
    }

    /**
     * A write that no graph name stands for (a delete over every graph) during the copy: the
     * compaction copies the whole store again with writers held, and loses nothing.
     */
    @Test
    void aWriteOverEveryGraphDuringTheCopyHasTheStoreCopiedAgain() throws Exception {
        Path dir = tmp.resolve("store");
        Node thing = NodeFactory.createURI("urn:pg:test:x");
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            ingestGenerated(store, 23, 10);
            DatasetGraph dsg = store.dataset();
            WriteGate.of(dsg).writing(() -> Txn.executeWrite(dsg, () -> dsg.add(NodeFactory.createURI("urn:pg:test:g"), thing, thing, thing)));
            Waypoint.listen(name -> {
                if (name.equals(Waypoint.COMPACTION_COPYING)) {
                    Waypoint.listen(null);
                    Thread w = new Thread(() -> WriteGate.of(dsg).writing(
                            () -> Txn.executeWrite(dsg, () -> dsg.deleteAny(Node.ANY, thing, Node.ANY, Node.ANY))));
                    w.start();
                    join(w);
                }
            });
            Compaction.Result result;
            try {
                result = Compaction.run(store, DerivedData.NONE);
            } finally {
                Waypoint.listen(null);
            }
            assertTrue(result.recopied(), result.summary());
            Map<Node, Graph> live = StoreContents.of(dsg);
            assertTrue(live.values().stream().noneMatch(g -> g.contains(thing, Node.ANY, Node.ANY)), "the delete is kept");
            StoreContents.assertSame(live, StoreContents.of(dsg), "unchanged");
        }
    }

    /**
     * A query under way at the switch (parked a hundred rows into its results, so no timing is
     * involved) finishes on the old generation with every row, while a query begun after the switch
     * is answered meanwhile from the new one; the compaction lets go of the old generation, and
     * deletes it, only once that query has ended. With Jena's switch (or the dataset held exclusive
     * for it) the switch never comes while the parked query waits for the new one: the waits below
     * then run out and the test fails.
     */
    @Test
    void aQueryUnderWayFinishesOnTheOldGenerationWhileNewQueriesAreAnswered() throws Exception {
        Path dir = tmp.resolve("store");
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            ingestGenerated(store, 18, 30);
            long triples = count(store);
            String oldGeneration = CompactedSize.currentGeneration(dir);
            PinnedDataset dataset = (PinnedDataset) store.dataset();

            CountDownLatch underWay = new CountDownLatch(1);
            CountDownLatch finish = new CountDownLatch(1);
            AtomicLong rows = new AtomicLong();
            AtomicReference<String> readFrom = new AtomicReference<>();
            AtomicReference<Throwable> readerFailure = new AtomicReference<>();
            Thread reader = new Thread(() -> {
                try {
                    Txn.executeRead(dataset, () -> {
                        try (var qe = QueryExecutionFactory.create("SELECT * { GRAPH ?g { ?s ?p ?o } }", DatasetFactory.wrap(dataset))) {
                            ResultSet rs = qe.execSelect();
                            long n = 0;
                            for (; rs.hasNext(); n++) {
                                rs.next();
                                if (n == 100) {
                                    underWay.countDown();
                                    await(finish);
                                }
                            }
                            rows.set(n);
                            readFrom.set(generationOf(dataset));
                        }
                    });
                } catch (Throwable t) {
                    readerFailure.set(t);
                    underWay.countDown();
                }
            });
            reader.start();
            assertTrue(underWay.await(60, TimeUnit.SECONDS), "the query is under way");

            CountDownLatch switched = new CountDownLatch(1);
            Waypoint.listen(name -> {
                if (name.equals(Waypoint.COMPACTION_SWITCHED))
                    switched.countDown();
            });
            try {
                CompactionThread compaction = CompactionThread.start(store);
                assertTrue(switched.await(120, TimeUnit.SECONDS), "the compaction switches with a query under way: " + compaction.failure());

                long asked = System.nanoTime();
                AtomicReference<String> newReadFrom = new AtomicReference<>();
                long answered = Txn.calculateRead(dataset, () -> {
                    newReadFrom.set(generationOf(dataset));
                    return count(store);
                });
                long newQueryNanos = System.nanoTime() - asked;
                assertEquals(triples, answered, "a query begun after the switch is answered");
                assertNotEquals(oldGeneration, newReadFrom.get(), "from the new generation");
                assertTrue(reader.isAlive(), "meanwhile the query under way is still under way");
                assertTrue(compaction.isAlive(), "the compaction waits for it before it lets go of the old generation");
                assertTrue(Files.isDirectory(dir.resolve(oldGeneration)), "the old generation is still there for it");

                finish.countDown();
                reader.join();
                Compaction.Result result = compaction.join();
                assertNull(readerFailure.get(), "the query under way");
                assertEquals(triples, rows.get(), "the query under way gave every row");
                assertEquals(oldGeneration, readFrom.get(), "it finished on the old generation");
                assertNull(compaction.failure(), "the compaction");
                assertEquals(List.of(result.generation()), generations(dir), "the old generation is deleted after its last query");
                System.out.printf("switch with a query under way: %s; a query begun after the switch answered in %.1f ms%n",
                        result.summary(), newQueryNanos / 1e6);
            } finally {
                Waypoint.listen(null);
            }
        }
    }

    /**
     * A writer that writes during the copy past the store's dataset (on Jena's container, where it is
     * not recorded): the compaction gives up rather than switch to a copy without that write, and the
     * write is kept.
     */
    @Test
    void aWritePastTheDatasetDuringTheCopyIsKept() throws Exception {
        Path dir = tmp.resolve("store");
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            ingestGenerated(store, 20, 20);
            String generationBefore = CompactedSize.currentGeneration(dir);
            Node graph = NodeFactory.createURI("urn:pg:test:ungated");
            Node thing = NodeFactory.createURI("urn:pg:test:x");
            Waypoint.listen(name -> {
                if (name.equals(Waypoint.COMPACTION_COPYING)) {
                    DatasetGraph past = ((PinnedDataset) store.dataset()).container();
                    Thread w = new Thread(() -> Txn.executeWrite(past, () -> past.add(graph, thing, thing, thing)));
                    w.start();
                    join(w);
                    Waypoint.listen(null);
                }
            });
            try {
                StoreException e = assertThrows(StoreException.class, () -> Compaction.run(store, DerivedData.NONE));
                assertTrue(e.getMessage().contains("past its dataset"), e.getMessage());
            } finally {
                Waypoint.listen(null);
            }
            assertEquals(generationBefore, CompactedSize.currentGeneration(dir), "still on its generation");
            assertTrue(Txn.calculateRead(store.dataset(), () -> store.dataset().contains(graph, thing, thing, thing)), "the write is kept");
        }
        assertEquals(1, generations(dir).size(), "no copy left behind: " + generations(dir));
    }

    /**
     * A writer that does not wait at the write gate and writes through the store's dataset while the
     * gate is closed for the catch-up: the compaction gives up, and the write is kept.
     */
    @Test
    void aWritePastTheGateDuringTheCatchUpIsKept() throws Exception {
        Path dir = tmp.resolve("store");
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            ingestGenerated(store, 22, 10);
            String generationBefore = CompactedSize.currentGeneration(dir);
            DatasetGraph dsg = store.dataset();
            Node graph = NodeFactory.createURI("urn:pg:test:ungated");
            Node thing = NodeFactory.createURI("urn:pg:test:x");
            Waypoint.listen(name -> {
                if (name.equals(Waypoint.COMPACTION_COPYING)) {
                    // Something to catch up, so that the catch-up passes its waypoint.
                    Thread w = new Thread(() -> WriteGate.of(dsg).writing(() -> Txn.executeWrite(dsg, () -> dsg.add(thing, thing, thing, thing))));
                    w.start();
                    join(w);
                }
                if (name.equals(Waypoint.COMPACTION_CATCHING_UP)) {
                    Waypoint.listen(null);
                    Thread w = new Thread(() -> Txn.executeWrite(dsg, () -> dsg.add(graph, thing, thing, thing)));
                    w.start();
                    join(w);
                }
            });
            try {
                StoreException e = assertThrows(StoreException.class, () -> Compaction.run(store, DerivedData.NONE));
                assertTrue(e.getMessage().contains("did not wait at its write gate"), e.getMessage());
            } finally {
                Waypoint.listen(null);
            }
            assertEquals(generationBefore, CompactedSize.currentGeneration(dir), "still on its generation");
            assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(graph, thing, thing, thing)), "the write is kept");
            assertTrue(Txn.calculateRead(dsg, () -> dsg.contains(thing, thing, thing, thing)), "and the one made during the copy");
        }
        assertEquals(1, generations(dir).size(), "no copy left behind: " + generations(dir));
    }

    /** Writes the documents and removes the keys in one gated write transaction, with fixed times, as an ingest run would. */
    private static void write(PolicyGraphStore store, List<MappedDocument> docs, List<String> removed) {
        DatasetGraph dsg = store.dataset();
        WriteGate.of(dsg).writing(() -> Txn.executeWrite(dsg, () -> {
            SummaryUpdate summaries = SummaryUpdate.begin(dsg);
            for (MappedDocument d : docs)
                DocumentWriter.replace(dsg, d, WRITTEN, WRITTEN, summaries);
            for (String key : removed)
                DocumentWriter.remove(dsg, key, summaries);
            summaries.finish();
        }));
    }

    private static final Instant WRITTEN = Instant.parse("2026-12-02T12:00:00Z");

    private MappedDocument mapped(DocumentPipeline pipeline, CorpusGenerator.Generated g) throws Exception {
        Path file = tmp.resolve("versions").resolve(Integer.toString(versions++)).resolve(g.path());
        Files.createDirectories(file.getParent());
        Files.write(file, g.bytes());
        return pipeline.process(file, g.path());
    }

    private int versions;

    /** The compaction stops at its first copying waypoint, counts {@code copying} down and waits for {@code goOn}. */
    private static void parkAtFirstCopying(CountDownLatch copying, CountDownLatch goOn) {
        Waypoint.listen(name -> {
            if (name.equals(Waypoint.COMPACTION_COPYING) && copying.getCount() > 0) {
                copying.countDown();
                await(goOn);
            }
        });
    }

    private static void join(Thread t) {
        try {
            t.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
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

    /** The generation folder the current thread's transaction reads. */
    private static String generationOf(PinnedDataset dataset) {
        Path p = Path.of(((DatasetGraphTDB) dataset.storage()).getLocation().getDirectoryPath());
        return p.getFileName().toString();
    }

    private static List<String> generations(Path dir) throws Exception {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith("Data-")).sorted().toList();
        }
    }

    /** Writes {@code documents} generated documents from {@code seed} and ingests them transactionally. */
    private void ingestGenerated(PolicyGraphStore store, long seed, int documents) throws Exception {
        Path corpus = tmp.resolve("corpus");
        new CorpusGenerator(seed).write(corpus, documents);
        Ingester.builder(store).noBulkLoad().build().ingest(List.of(corpus));
    }
}
