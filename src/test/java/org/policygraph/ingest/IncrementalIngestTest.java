package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.diagnostic.DiagnosticCode;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;
import org.policygraph.rdf.Prov;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.Summaries;
import org.policygraph.testing.Corpora;
import org.policygraph.text.SourceFiles.SourceFile;

/** Renames, deletions and copies: an ingest run does what the change calls for and no more. */
@Tag("store")
class IncrementalIngestTest {

    private static final String KUSTTRAM = "vragen/sv-0604-kusttram.txt";
    private static final Instant FIRST = Instant.parse("2026-01-01T10:00:00Z");
    private static final Instant SECOND = Instant.parse("2026-02-01T10:00:00Z");

    @TempDir
    Path tmp;
    private PolicyGraphStore store;
    private Path corpus;

    @BeforeEach
    void setUp() {
        store = PolicyGraphStore.open(tmp.resolve("store"));
        corpus = tmp.resolve("corpus");
        Corpora.copyTree(Corpora.examples(), corpus);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private Ingester.Builder ingester(PolicyGraphStore s, Instant at) {
        return Ingester.builder(s).threads(2).batchSize(3).clock(Clock.fixed(at, ZoneOffset.UTC));
    }

    private static Map<Node, Graph> graphs(DatasetGraph dsg) {
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

    private static String registryValue(DatasetGraph dsg, String key, Node property) {
        return Txn.calculateRead(dsg, () -> {
            var it = dsg.find(Iris.REGISTRY_GRAPH, Iris.ingest(key), property, Node.ANY);
            return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : "";
        });
    }

    @Test
    void aRenamedFileMovesItsDocumentWithoutReadingItAgain() throws IOException {
        ingester(store, FIRST).build().ingest(List.of(corpus));
        Path renamed = corpus.resolve("archief/2024/kusttram.txt");
        Files.createDirectories(renamed.getParent());
        Files.move(corpus.resolve(KUSTTRAM), renamed);

        IngestReport r = ingester(store, SECOND).build().ingest(List.of(corpus));
        assertTrue(r.ok(), r.failures().toString());
        assertEquals(List.of(new IngestReport.Move(KUSTTRAM, "archief/2024/kusttram.txt", renamed.toString())), r.moved());
        assertTrue(r.added().isEmpty() && r.replaced().isEmpty(), r.summary());
        assertEquals(8, r.unchanged().size());
        assertTrue(r.summary().contains("Moved (renamed files, not read again): 1: " + KUSTTRAM + " -> archief/2024/kusttram.txt"),
                r.summary());

        Map<Node, Graph> after = graphs(store.dataset());
        assertFalse(after.containsKey(Iris.documentGraph(KUSTTRAM)), "the old graph is gone");
        assertEquals(FIRST.toString(), registryValue(store.dataset(), "archief/2024/kusttram.txt", Prov.startedAtTime),
                "the registry keeps the time of the read that built it: the file was not read again");
        assertEquals(renamed.toAbsolutePath().toString(), registryValue(store.dataset(), "archief/2024/kusttram.txt", PG.sourcePath));
        assertEquals("", registryValue(store.dataset(), KUSTTRAM, Prov.used), "no registry entry under the old key");

        // The graph IRI follows the path: the moved graph is the one a fresh ingest of the renamed file gives.
        Path freshCorpus = Files.createDirectories(tmp.resolve("fresh/archief/2024")).getParent().getParent();
        Files.copy(renamed, freshCorpus.resolve("archief/2024/kusttram.txt"));
        try (PolicyGraphStore fresh = PolicyGraphStore.open(tmp.resolve("fresh-store"))) {
            ingester(fresh, FIRST).build().ingest(List.of(freshCorpus));
            Map<Node, Graph> expected = graphs(fresh.dataset());
            Node g = Iris.documentGraph("archief/2024/kusttram.txt");
            assertTrue(expected.get(g).isIsomorphicWith(after.get(g)), "moved graph equals a fresh read of the renamed file");
            Graph movedRegistry = GraphFactory.createDefaultGraph();
            after.get(Iris.REGISTRY_GRAPH).find(Iris.ingest("archief/2024/kusttram.txt"), Node.ANY, Node.ANY)
                    .forEachRemaining(movedRegistry::add);
            Graph freshRegistry = GraphFactory.createDefaultGraph();
            expected.get(Iris.REGISTRY_GRAPH).find(Iris.ingest("archief/2024/kusttram.txt"), Node.ANY, Node.ANY)
                    .filterDrop(t -> t.getPredicate().equals(PG.sourcePath) || t.getPredicate().equals(PG.sourceModified)
                            || t.getPredicate().equals(PG.sourceChanged))
                    .forEachRemaining(freshRegistry::add);
            movedRegistry.remove(Node.ANY, PG.sourcePath, Node.ANY);
            movedRegistry.remove(Node.ANY, PG.sourceModified, Node.ANY);
            movedRegistry.remove(Node.ANY, PG.sourceChanged, Node.ANY);
            assertTrue(freshRegistry.isIsomorphicWith(movedRegistry), "registry entry moved with its key");
        }
    }

    @Test
    void aRenameToAnotherFileTypeIsReadAgainNotMoved() throws IOException {
        ingester(store, FIRST).build().ingest(List.of(corpus));
        Files.move(corpus.resolve(KUSTTRAM), corpus.resolve("vragen/sv-0604-kusttram.md"));
        IngestReport r = ingester(store, SECOND).build().ingest(List.of(corpus));
        assertEquals(List.of("vragen/sv-0604-kusttram.md"), r.added(), "markdown is read another way: " + r.summary());
        assertTrue(r.moved().isEmpty() && r.duplicates().isEmpty(), r.summary());
    }

    @Test
    void aDeletedFilesGraphIsKeptByDefaultAndTheReportSaysHow() throws IOException {
        ingester(store, FIRST).build().ingest(List.of(corpus));
        Path file = corpus.resolve(KUSTTRAM);
        Files.delete(file);

        IngestReport r = ingester(store, SECOND).build().ingestChanges(List.of(), List.of(new SourceFile(file, KUSTTRAM)));
        assertEquals(List.of(new IngestReport.Deletion(KUSTTRAM, file.toString(), false)), r.deletions());
        assertEquals("kept graph " + Iris.documentGraph(KUSTTRAM).getURI() + " of deleted file " + file
                + "; use --remove-deleted to remove", r.deletions().get(0).toString());
        assertFalse(r.changedStore());
        assertTrue(graphs(store.dataset()).containsKey(Iris.documentGraph(KUSTTRAM)));
    }

    @Test
    void aDeletedFilesGraphIsRemovedWhenAskedWithItsRegistryEntry() throws IOException {
        ingester(store, FIRST).build().ingest(List.of(corpus));
        Path file = corpus.resolve(KUSTTRAM);
        Files.delete(file);

        IngestReport r = ingester(store, SECOND).removeDeleted(true).build()
                .ingestChanges(List.of(), List.of(new SourceFile(file, KUSTTRAM)));
        assertEquals(List.of(new IngestReport.Deletion(KUSTTRAM, file.toString(), true)), r.deletions());
        assertTrue(r.changedStore());
        assertTrue(r.summary().contains("removed graph " + Iris.documentGraph(KUSTTRAM).getURI()), r.summary());
        Map<Node, Graph> after = graphs(store.dataset());
        assertFalse(after.containsKey(Iris.documentGraph(KUSTTRAM)));
        assertEquals(10, after.size(), "the other eight documents, the registry and the summaries");
        assertTrue(after.containsKey(Summaries.GRAPH));
        assertTrue(after.get(Iris.REGISTRY_GRAPH).find(Iris.ingest(KUSTTRAM), Node.ANY, Node.ANY).toList().isEmpty());
    }

    @Test
    void aGoneFileWhoseContentComesBackUnderAnotherNameIsAMoveNotADeletion() throws IOException {
        ingester(store, FIRST).build().ingest(List.of(corpus));
        Path old = corpus.resolve(KUSTTRAM);
        Path renamed = corpus.resolve("vragen/kusttram-hernoemd.txt");
        Files.move(old, renamed);

        IngestReport r = ingester(store, SECOND).removeDeleted(true).build().ingestChanges(
                List.of(new SourceFile(renamed, "vragen/kusttram-hernoemd.txt")), List.of(new SourceFile(old, KUSTTRAM)));
        assertEquals(1, r.moved().size(), r.summary());
        assertTrue(r.deletions().isEmpty(), "a moved document is not a deleted one: " + r.deletions());
        assertTrue(graphs(store.dataset()).containsKey(Iris.documentGraph("vragen/kusttram-hernoemd.txt")));
    }

    @Test
    void theSameContentFromTwoFoldersIsStoredOnceAndNamed() throws IOException {
        Path other = Files.createDirectories(tmp.resolve("other/kopie"));
        Path copy = Files.copy(corpus.resolve(KUSTTRAM), other.resolve("kusttram.txt"));
        ingester(store, FIRST).build().ingest(List.of(corpus));

        IngestReport r = ingester(store, SECOND).build().ingest(List.of(tmp.resolve("other")));
        assertTrue(r.added().isEmpty(), "not stored twice: " + r.summary());
        assertEquals(1, r.duplicates().size());
        IngestReport.Duplicate d = r.duplicates().get(0);
        assertEquals(new IngestReport.Duplicate(copy.toString(), "kopie/kusttram.txt", KUSTTRAM,
                corpus.resolve(KUSTTRAM).toAbsolutePath().toString()), d);
        assertEquals(DiagnosticCode.DUPLICATE_CONTENT, d.diagnostic().code());
        assertTrue(d.diagnostic().message().contains(copy.toString())
                && d.diagnostic().message().contains(corpus.resolve(KUSTTRAM).toAbsolutePath().toString()),
                "the diagnostic names both paths: " + d.diagnostic());
        assertTrue(r.summary().contains("Same content under two paths, stored once: 1"), r.summary());
        assertEquals(11, graphs(store.dataset()).size(), "nine documents, the registry and the summaries");
    }

    @Test
    void theSameContentTwiceInOneRunIsStoredOnceTheFirstByOrder() throws IOException {
        Path a = Files.createDirectories(tmp.resolve("a"));
        Path b = Files.createDirectories(tmp.resolve("b/sub"));
        Files.copy(corpus.resolve(KUSTTRAM), a.resolve("kusttram.txt"));
        Files.copy(corpus.resolve(KUSTTRAM), b.resolve("tram.txt"));

        IngestReport r = ingester(store, FIRST).build().ingest(List.of(a, tmp.resolve("b")));
        assertEquals(List.of("kusttram.txt"), r.added());
        assertEquals(1, r.duplicates().size());
        assertEquals("sub/tram.txt", r.duplicates().get(0).key());
        assertEquals("kusttram.txt", r.duplicates().get(0).storedAs());
        assertEquals(3, graphs(store.dataset()).size(), "one document, the registry and the summaries");
    }

    @Test
    void aCopyWhoseOriginalHasSinceChangedIsNewNotADuplicate() throws IOException {
        ingester(store, FIRST).build().ingest(List.of(corpus));
        Path other = Files.createDirectories(tmp.resolve("other"));
        Files.copy(corpus.resolve(KUSTTRAM), other.resolve("kusttram-kopie.txt"));
        Files.writeString(corpus.resolve(KUSTTRAM), Files.readString(corpus.resolve(KUSTTRAM)).replace("kusttram", "kustlijn"));

        IngestReport r = ingester(store, SECOND).build().ingest(List.of(other));
        assertEquals(List.of("kusttram-kopie.txt"), r.added(), r.summary());
        assertTrue(r.duplicates().isEmpty() && r.moved().isEmpty());
    }

    @Test
    void keysAreLookedUpOneByOneAndTheRestOfTheStoreIsNotRead() throws IOException {
        ingester(store, FIRST).build().ingest(List.of(corpus));
        // A document whose registry entry cannot be read as one: a full scan of the registry would
        // trip over it, a lookup of the keys at hand never meets it.
        Txn.executeWrite(store.dataset(), () -> store.dataset().add(Iris.documentGraph("kapot/entry.txt"),
                Iris.source("kapot/entry.txt"), PG.documentKey, Iris.REGISTRY_GRAPH));
        Path one = tmp.resolve("one");
        Files.createDirectories(one.resolve("vragen"));
        Files.copy(corpus.resolve(KUSTTRAM), one.resolve(KUSTTRAM));
        IngestReport r = ingester(store, SECOND).build().ingest(List.of(one));
        assertEquals(List.of(KUSTTRAM), r.unchanged(), r.summary());
        assertTrue(r.ok(), r.failures().toString());
    }
}
