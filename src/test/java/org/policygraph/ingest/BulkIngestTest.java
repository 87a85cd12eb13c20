package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.Summaries;
import org.policygraph.testing.Corpora;

/** The bulk build of an empty store gives the same graphs as the transactional path, and later runs stay incremental. */
@Tag("store")
class BulkIngestTest {

    private static final Clock FIXED = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);
    /** When the corpus was written: long before the runs, so that every run records the files' times. */
    private static final Instant WRITTEN = Instant.parse("2024-04-01T10:00:00Z");

    @TempDir
    Path tmp;

    private static IngestReport ingest(PolicyGraphStore store, int bulkMin, Path... paths) {
        return Ingester.builder(store).threads(2).batchSize(16).clock(FIXED).bulkMinFiles(bulkMin).build()
                .ingest(List.of(paths));
    }

    private static Map<Node, Graph> graphs(PolicyGraphStore store) {
        return Txn.calculateRead(store.dataset(), () -> {
            Map<Node, Graph> out = new HashMap<>();
            store.dataset().listGraphNodes().forEachRemaining(g -> {
                Graph copy = GraphFactory.createDefaultGraph();
                store.dataset().find(g, Node.ANY, Node.ANY, Node.ANY).forEachRemaining(q -> copy.add(q.asTriple()));
                out.put(g, copy);
            });
            return out;
        });
    }

    private Path corpus() {
        Path corpus = tmp.resolve("corpus");
        Corpora.copyTree(Corpora.examples(), corpus.resolve("examples"));
        new CorpusGenerator(11).write(corpus.resolve("generated"), 120);
        Corpora.setModified(corpus, WRITTEN);
        return corpus;
    }

    @Test
    void bulkBuildGivesTheSameGraphsAsTransactions() {
        Path corpus = corpus();
        try (PolicyGraphStore viaTxn = PolicyGraphStore.open(tmp.resolve("txn"));
             PolicyGraphStore viaBulk = PolicyGraphStore.open(tmp.resolve("bulk"))) {
            IngestReport t = ingest(viaTxn, Integer.MAX_VALUE, corpus);
            IngestReport b = ingest(viaBulk, 1, corpus);
            assertFalse(t.bulk());
            assertTrue(b.bulk());
            assertTrue(t.ok() && b.ok(), t.failures() + " " + b.failures());
            assertEquals(129, b.added().size());
            assertEquals(t.triples(), b.triples());
            assertEquals(t.kinds(), b.kinds());
            Map<Node, Graph> expected = graphs(viaTxn);
            Map<Node, Graph> actual = graphs(viaBulk);
            assertEquals(expected.keySet(), actual.keySet());
            assertEquals(131, actual.size(), "129 documents, the registry, the summaries, and no other graph");
            expected.forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(actual.get(g)), g + " differs"));
        }
    }

    @Test
    void aBulkBuildIndexesTheSameTextAsTransactionsAndSaysWhereItsTimeWent() {
        Path corpus = corpus();
        try (PolicyGraphStore viaTxn = PolicyGraphStore.open(tmp.resolve("txn"));
             PolicyGraphStore viaBulk = PolicyGraphStore.open(tmp.resolve("bulk"))) {
            ingest(viaTxn, Integer.MAX_VALUE, corpus);
            IngestReport b = ingest(viaBulk, 1, corpus);
            assertTrue(b.bulk());
            assertEquals(129, viaBulk.textIndex().graphCount());
            assertEquals(viaTxn.textIndex().graphCount(), viaBulk.textIndex().graphCount());
            for (String query : List.of("minister", "subsidie*", "\"duaal leren\""))
                assertEquals(hits(viaTxn, query), hits(viaBulk, query), query);
            assertFalse(hits(viaBulk, "minister").isEmpty());
            assertTrue(b.phases().keySet().stream().anyMatch(p -> p.startsWith("loader")), b.phases().toString());
            assertTrue(b.phases().keySet().stream().anyMatch(p -> p.startsWith("summaries: per-key rows")), b.phases().toString());
        }
    }

    private static Set<String> hits(PolicyGraphStore store, String query) {
        return store.textIndex().search(query, (Node) null, null, null, null, 0).stream()
                .map(h -> h.graph() + " " + h.subject() + " " + h.predicate() + " " + h.literal())
                .collect(Collectors.toSet());
    }

    @Test
    void afterABulkBuildAChangedFileReplacesOnlyItsGraph() throws IOException {
        Path corpus = corpus();
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            assertTrue(ingest(store, 1, corpus).bulk());
            Map<Node, Graph> before = graphs(store);

            CorpusGenerator gen = new CorpusGenerator(11);
            CorpusGenerator.Generated edited = gen.edited(5);
            Path editedFile = corpus.resolve("generated").resolve(edited.path());
            Files.write(editedFile, edited.bytes());
            Files.setLastModifiedTime(editedFile, FileTime.from(WRITTEN.plusSeconds(60)));
            Corpora.waitUntilSettled();
            IngestReport again = ingest(store, 1, corpus);

            assertFalse(again.bulk(), "a store with documents is never bulk loaded");
            assertEquals(List.of("generated/" + edited.path()), again.replaced());
            assertEquals(128, again.unchanged().size());
            Map<Node, Graph> after = graphs(store);
            Node changed = Iris.documentGraph("generated/" + edited.path());
            assertEquals(before.keySet(), after.keySet());
            // The summary graph is derived from every document and changes with this one (its size
            // counts in documents-per-kind); SummariesTest holds it to the direct queries.
            // The registry keeps the edited file's new modification and change times, and nothing else changes there.
            Node editedActivity = Iris.ingest("generated/" + edited.path());
            assertEquals(List.of(WRITTEN.plusSeconds(60).toString()), after.get(Iris.REGISTRY_GRAPH)
                    .find(editedActivity, PG.sourceModified, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList());
            for (Node time : List.of(PG.sourceModified, PG.sourceChanged)) {
                before.get(Iris.REGISTRY_GRAPH).remove(editedActivity, time, Node.ANY);
                after.get(Iris.REGISTRY_GRAPH).remove(editedActivity, time, Node.ANY);
            }
            for (Node g : before.keySet())
                if (!g.equals(changed) && !g.equals(Summaries.GRAPH))
                    assertTrue(before.get(g).isIsomorphicWith(after.get(g)), g + " must not change");
            assertFalse(before.get(changed).isIsomorphicWith(after.get(changed)));
        }
    }

    @Test
    void badFilesInABulkBuildAreReportedAndTheRestLands() throws IOException {
        Path corpus = corpus();
        Files.write(corpus.resolve("empty.txt"), new byte[0]);
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"))) {
            IngestReport r = ingest(store, 1, corpus);
            assertTrue(r.bulk());
            assertEquals(129, r.added().size());
            assertEquals(1, r.failures().size());
            assertEquals("empty file", r.failures().get(0).reason());
            assertEquals(131, graphs(store).size(), "129 documents, the registry and the summaries");
        }
    }

    @Test
    void aBulkBuildIsMovedIntoPlaceAndLeavesNothingBeside() throws IOException {
        Path corpus = corpus();
        Path dir = tmp.resolve("stores").resolve("store");
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            assertTrue(ingest(store, 1, corpus).bulk());
            assertEquals(131, graphs(store).size(), "the dataset handed out after the build is the built one");
        }
        try (var beside = Files.list(dir.getParent())) {
            assertEquals(List.of(dir), beside.toList(), "no side folder left after the build");
        }
        try (PolicyGraphStore again = PolicyGraphStore.open(dir)) {
            assertEquals(131, graphs(again).size(), "the built store is the store on disk");
        }
    }
}
