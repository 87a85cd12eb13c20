package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.model.DocumentKind;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.Summaries;
import org.policygraph.testing.Corpora;
import org.policygraph.text.FileStamp;

@Tag("store")
class IngesterTest {

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

    private IngestReport ingest(Path... paths) {
        return Ingester.builder(store).threads(2).batchSize(3).build().ingest(List.of(paths));
    }

    /** Every graph of the store, copied out, by name. */
    private Map<Node, Graph> graphs() {
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

    @Test
    void ingestsEveryExampleIntoItsOwnGraph() {
        IngestReport r = ingest(corpus);
        assertTrue(r.ok(), r.failures().toString());
        assertEquals(9, r.added().size());
        assertEquals(7, r.kinds().get(DocumentKind.WRITTEN_QUESTION));
        assertEquals(2, r.kinds().get(DocumentKind.ADVICE), "the text advice and the advice summary page");
        Map<Node, Graph> graphs = graphs();
        assertTrue(graphs.containsKey(Iris.documentGraph("vragen/sv-0312-fietspaden.txt")));
        assertTrue(graphs.containsKey(Iris.REGISTRY_GRAPH));
        assertTrue(graphs.containsKey(Summaries.GRAPH));
        assertEquals(11, graphs.size(), "nine documents, the registry and the summaries");
        assertEquals(r.triples(), graphs.entrySet().stream()
                .filter(e -> !e.getKey().equals(Iris.REGISTRY_GRAPH) && !e.getKey().equals(Summaries.GRAPH))
                .mapToLong(e -> e.getValue().size()).sum());
    }

    @Test
    void reingestOfTheSameFolderChangesNothing() {
        ingest(corpus);
        Map<Node, Graph> before = graphs();
        IngestReport again = ingest(corpus);
        assertEquals(9, again.unchanged().size());
        assertTrue(again.added().isEmpty() && again.replaced().isEmpty());
        Map<Node, Graph> after = graphs();
        assertEquals(before.keySet(), after.keySet());
        before.forEach((g, graph) -> assertTrue(graph.isIsomorphicWith(after.get(g)), g.toString()));
    }

    @Test
    void editedCopyReplacesOnlyItsGraph() throws IOException {
        ingest(corpus);
        Map<Node, Graph> before = graphs();
        Path copy = tmp.resolve("edited");
        Corpora.copyTree(Corpora.examples(), copy);
        Path edited = copy.resolve("vragen/sv-0604-kusttram.txt");
        String text = Files.readString(edited, StandardCharsets.UTF_8).replace("De Lijn - Stiptheid van de kusttram",
                "De Lijn - Stiptheid van de kusttram en de Brusselse tram");
        Files.writeString(edited, text, StandardCharsets.UTF_8);

        IngestReport r = ingest(copy);
        assertEquals(List.of("vragen/sv-0604-kusttram.txt"), r.replaced());
        assertEquals(8, r.unchanged().size());
        Map<Node, Graph> after = graphs();
        Node changed = Iris.documentGraph("vragen/sv-0604-kusttram.txt");
        for (Node g : before.keySet()) {
            // The registry records the new ingest; the summaries follow the changed document.
            if (g.equals(changed) || g.equals(Iris.REGISTRY_GRAPH) || g.equals(Summaries.GRAPH))
                continue;
            assertTrue(before.get(g).isIsomorphicWith(after.get(g)), g + " must not change");
        }
        assertFalse(before.get(changed).isIsomorphicWith(after.get(changed)));
        assertTrue(after.get(changed).find().toList().stream().anyMatch(t -> t.getObject().isLiteral()
                && t.getObject().getLiteralLexicalForm().equals("De Lijn - Stiptheid van de kusttram en de Brusselse tram")));
        assertTrue(after.get(changed).find().toList().stream().noneMatch(t -> t.getObject().isLiteral()
                && t.getObject().getLiteralLexicalForm().equals("De Lijn - Stiptheid van de kusttram")),
                "the old title is gone");
    }

    @Test
    void badFilesAreReportedAndEverythingElseLands() throws IOException {
        Path bad = tmp.resolve("bad");
        Files.createDirectories(bad);
        byte[] full = Files.readAllBytes(Corpora.example("vragen/sv-0088-leerlingenvervoer.md"));
        Files.write(bad.resolve("truncated.md"), java.util.Arrays.copyOf(full, 60));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        byte[] binary = new byte[2048];
        new java.util.Random(7).nextBytes(binary);
        Files.write(bad.resolve("binary.txt"), binary);

        IngestReport r = ingest(corpus, bad);
        assertEquals(9, r.added().size(), r.failures().toString());
        assertEquals(3, r.failures().size());
        Map<String, String> reasons = new HashMap<>();
        r.failures().forEach(f -> reasons.put(Path.of(f.file()).getFileName().toString(), f.reason()));
        assertTrue(reasons.get("truncated.md").contains("date cannot be found"), reasons.toString());
        assertEquals("empty file", reasons.get("empty.txt"));
        assertTrue(reasons.get("binary.txt").startsWith("binary content"), reasons.toString());
        r.failures().forEach(f -> assertTrue(f.file().contains("bad"), "failure names the file: " + f));
        assertEquals(11, graphs().size(), "no graph for a failed file: nine documents, the registry and the summaries");
    }

    @Test
    void missingPathIsReported() {
        IngestReport r = ingest(tmp.resolve("nowhere.txt"), tmp.resolve("no-folder"));
        assertEquals(2, r.failures().size());
        assertEquals("no such file or folder", r.failures().get(0).reason());
        assertEquals("no such file or folder", r.failures().get(1).reason(), "a missing folder is not an 'unsupported file type'");
    }

    @Test
    void unsupportedFileNamedDirectlyIsReported() throws IOException {
        Path pdf = tmp.resolve("x.odt");
        Files.writeString(pdf, "not really");
        IngestReport r = ingest(pdf);
        assertTrue(r.failures().get(0).reason().startsWith("unsupported file type"));
    }

    @Test
    void sameKeyTwiceInOneRunIsRefusedForTheSecond() throws IOException {
        Path other = tmp.resolve("other");
        Files.createDirectories(other.resolve("vragen"));
        Files.copy(Corpora.example("vragen/sv-0045-bibliotheken.txt"), other.resolve("vragen/sv-0045-bibliotheken.txt"));
        IngestReport r = ingest(corpus, other);
        assertEquals(9, r.added().size());
        assertEquals(1, r.failures().size());
        assertTrue(r.failures().get(0).reason().startsWith("same document key"));
    }

    @Test
    void registryRecordsEachIngestWithProvenance() {
        Corpora.setModified(corpus, Instant.parse("2025-01-01T00:00:00Z"));
        ingest(corpus);
        Graph registry = graphs().get(Iris.REGISTRY_GRAPH);
        Node activity = Iris.ingest("vragen/sv-0312-fietspaden.txt");
        // type, used, graph, source path, the file's modification time (and change time, where the
        // file system reports one), started, ended, and the kind-chosen diagnostic as a parse issue
        boolean changeTimes = FileStamp.of(corpus.resolve("vragen/sv-0312-fietspaden.txt")).orElseThrow().changed().isPresent();
        assertEquals(changeTimes ? 9 : 8, registry.find(activity, Node.ANY, Node.ANY).toList().size());
    }

    @Test
    void parseIssuesAreKeptInTheRegistryAndReplacedWithTheDocument() throws IOException {
        Path folder = tmp.resolve("issues");
        Files.createDirectories(folder);
        // No title: the header runs straight into the sub-questions.
        Path doc = Files.writeString(folder.resolve("zonder-titel.txt"),
                "SCHRIFTELIJKE VRAAG\n\nnr. 7\nvan AN JANSSENS\ndatum: 2 januari 2024\n\n1. Hoeveel?\n2. Waarom?\n");
        IngestReport first = ingest(folder);
        assertEquals(1, first.issues().get("title-missing"));
        assertTrue(first.summary().contains("title-missing=1"), first.summary());
        Graph registry = graphs().get(Iris.REGISTRY_GRAPH);
        List<Node> codes = registry.find(Node.ANY, PG.issueCode, Node.ANY).mapWith(Triple::getObject).toList();
        assertTrue(codes.contains(NodeFactory.createLiteralString("title-missing")), codes.toString());
        assertTrue(codes.contains(NodeFactory.createLiteralString("kind-chosen")), codes.toString());

        Files.writeString(doc, "SCHRIFTELIJKE VRAAG\n\nnr. 7\nvan AN JANSSENS\ndatum: 2 januari 2024\n\nZwembaden - Sluiting\n\n1. Hoeveel?\n");
        IngestReport second = ingest(folder);
        assertNull(second.issues().get("title-missing"));
        registry = graphs().get(Iris.REGISTRY_GRAPH);
        List<Node> after = registry.find(Node.ANY, PG.issueCode, Node.ANY).mapWith(Triple::getObject).toList();
        assertEquals(List.of(NodeFactory.createLiteralString("kind-chosen")), after, "old issues are removed with the old version");
        assertEquals(1, registry.find(Node.ANY, RDF.Nodes.type, PG.ParseIssue).toList().size());
    }

    @Test
    void documentThatTakesTooLongIsSkippedAndTheBatchGoesOn() throws IOException {
        Path slow = endlessQuestion("traag.txt");
        IngestReport r = Ingester.builder(store).threads(2).batchSize(3)
                .perDocumentLimit(SLOW_LIMIT).build().ingest(List.of(slow, corpus));
        assertEquals(9, r.added().size(), r.failures().toString());
        assertEquals(1, r.failures().size());
        assertTrue(r.failures().get(0).file().endsWith("traag.txt"));
        assertEquals("took longer than 3 s; stopped", r.failures().get(0).reason());
    }

    private static final Duration SLOW_LIMIT = Duration.ofSeconds(3);

    /**
     * A question with so many items (45 MB) that reading it takes far longer than the limits here
     * on any machine: a 60,000-item question once finished within a one-second limit on a fast CI
     * machine. The limits are seconds, not one, because under a load of 30 on two cores the
     * examples themselves once took longer than a second.
     */
    private Path endlessQuestion(String name) throws IOException {
        StringBuilder items = new StringBuilder("SCHRIFTELIJKE VRAAG\n\nnr. 3\nvan AN JANSSENS\ndatum: 3 januari 2024\n\nTitel\n\n");
        for (int i = 1; i <= 1_000_000; i++)
            items.append(i).append(". Hoeveel kost punt ").append(i).append("? Ongeveer 12 euro.\n");
        return Files.writeString(tmp.resolve(name), items.toString());
    }

    @Test
    void documentsThatWouldRunForeverAreStoppedAndTheirWorkersFreed() throws IOException {
        Path slowA = endlessQuestion("traag-a.txt");
        Path slowB = endlessQuestion("traag-b.txt");
        Duration limit = SLOW_LIMIT;
        Ingester ingester = Ingester.builder(store).threads(2).batchSize(3).perDocumentLimit(limit).build();
        long t0 = System.nanoTime();
        // The two slow ones go first and take both workers; the examples queue behind them.
        IngestReport r = ingester.ingest(List.of(slowA, slowB, corpus));
        Duration took = Duration.ofNanos(System.nanoTime() - t0);
        assertEquals(9, r.added().size(), "the examples queued behind them ran and landed: " + r.failures());
        assertEquals(2, r.failures().size(), r.failures().toString());
        for (IngestReport.Failure f : r.failures()) {
            assertTrue(f.file().endsWith("traag-a.txt") || f.file().endsWith("traag-b.txt"), f.toString());
            assertEquals("took longer than 3 s; stopped", f.reason(), "stopped by its deadline, not abandoned");
        }
        // Both stopped at their deadline, not run to their end (a minute and more) nor abandoned.
        assertTrue(took.compareTo(limit.plusSeconds(20)) < 0, "ingest took " + took);

        // The same ingester goes on: the slow ones are stopped again, a new example lands.
        Path again = tmp.resolve("again");
        Files.createDirectories(again);
        Files.writeString(again.resolve("vraag-nieuw.txt"), "SCHRIFTELIJKE VRAAG\n\nnr. 4\nvan AN JANSSENS\n"
                + "datum: 4 januari 2024\n\nTitel\n\n1. Hoeveel kost het?\n\nAntwoord\n\n1. Ongeveer 12 euro.\n");
        IngestReport second = ingester.ingest(List.of(slowA, slowB, again, corpus));
        assertEquals(List.of("vraag-nieuw.txt"), second.added(), second.failures().toString());
        assertEquals(9, second.unchanged().size());
        assertEquals(2, second.failures().size(), second.failures().toString());
    }

    @Test
    void builderRefusesSettingsThatCannotWork() {
        Ingester.Builder b = Ingester.builder(store);
        assertThrows(IllegalArgumentException.class, () -> b.threads(0));
        assertThrows(IllegalArgumentException.class, () -> b.batchSize(0));
        assertThrows(IllegalArgumentException.class, () -> b.bulkMinFiles(0));
        assertThrows(IllegalArgumentException.class, () -> b.perDocumentLimit(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> b.perDocumentLimit(Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> b.clock(null));
        assertThrows(NullPointerException.class, () -> Ingester.builder(null));
        assertTrue(b.build().ingest(List.of(corpus)).ok(), "a refused setting leaves the builder as it was");
    }
}
