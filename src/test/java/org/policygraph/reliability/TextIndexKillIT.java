package org.policygraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.rdf.Iris;
import org.policygraph.rdf.PG;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.textindex.IndexedLiterals;
import org.policygraph.textindex.TextEntry;
import org.policygraph.textindex.TextHit;
import org.policygraph.textindex.TextIndex;

/**
 * Kills an ingest in a child JVM with SIGKILL: at random moments during the bulk build of an empty
 * store, and, while changed documents replace their graphs in small batches, just after the writer
 * has journalled a batch (in the store's commit, between it and the index's, or in the index's). After every kill the store is reopened and the index must hold,
 * for every stored document graph, exactly that graph's searchable literals (so every stored graph
 * is searchable and no replaced text is found), and nothing for graphs the store does not have.
 */
@Tag("reliability")
class TextIndexKillIT {

    private static final int DOCUMENTS = 1100;
    private static final int EDITED_EVERY = 3;

    @TempDir
    Path tmp;

    private final Random random = new Random(11);
    /** Kills after which the journal still named graphs: the store had committed (or was committing) what the index had not. */
    private int journalLeft;

    /** The child: ingests with small batches, one worker, so that a kill often falls between two commits. */
    public static void main(String[] args) {
        try (PolicyGraphStore store = PolicyGraphStore.open(Path.of(args[0]))) {
            IngestReport report = Ingester.builder(store).threads(1).batchSize(5).build().ingest(List.of(Path.of(args[1])));
            System.exit(report.ok() ? 0 : 1);
        }
    }

    @Test
    void afterEveryKillTheIndexHoldsExactlyWhatTheStoreHolds() throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Path store = tmp.resolve("store");
        CorpusGenerator generator = new CorpusGenerator(5);
        generator.write(corpus, DOCUMENTS);

        int kills = killRepeatedly(store, corpus, 3, 1500);
        assertEquals(0, run(store, corpus), "a run after the kills completes the build");
        assertEquals(DOCUMENTS, checkInStep(store), "every document stored and indexed");

        for (int i = 0; i < DOCUMENTS; i += EDITED_EVERY) {
            CorpusGenerator.Generated g = generator.edited(i);
            Files.write(corpus.resolve(g.path()), g.bytes());
        }
        kills += killInTheWindow(store, corpus, 8);
        assertEquals(0, run(store, corpus), "a run after the kills completes the replacement");
        assertEquals(DOCUMENTS, checkInStep(store));
        System.out.printf("text index: %d kills, %d with graphs left in the journal, index in step with the store after each%n",
                kills, journalLeft);
        assertTrue(kills >= 8, "kills landed on a running ingest: " + kills);
        assertTrue(journalLeft >= 1, "some kill fell between the store's commit and the index's: " + journalLeft);
    }

    private int killRepeatedly(Path store, Path corpus, int times, int spreadMillis) throws Exception {
        int landed = 0;
        for (int attempt = 0; landed < times && attempt < times * 3; attempt++) {
            Process p = start(store, corpus);
            Thread.sleep(1500 + random.nextInt(spreadMillis + 1500 * landed));
            if (!p.isAlive())
                continue;
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            landed++;
            Path journal = TextIndex.folderOf(store).resolve("pending");
            if (Files.exists(journal) && Files.size(journal) > 0)
                journalLeft++;
            checkInStep(store);
        }
        return landed;
    }

    /**
     * Kills the child once the journal names graphs (the writer is about to commit them to the store),
     * after a random 0-400 ms: in the store's commit, between it and the index's, or in the index's.
     */
    private int killInTheWindow(Path store, Path corpus, int times) throws Exception {
        Path journal = TextIndex.folderOf(store).resolve("pending");
        int landed = 0;
        for (int attempt = 0; landed < times && attempt < times * 3; attempt++) {
            Process p = start(store, corpus);
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (p.isAlive() && System.nanoTime() < deadline && !(Files.exists(journal) && Files.size(journal) > 0))
                Thread.sleep(1);
            Thread.sleep(random.nextInt(400));
            if (!p.isAlive())
                continue;
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            landed++;
            if (Files.exists(journal) && Files.size(journal) > 0)
                journalLeft++;
            checkInStep(store);
        }
        return landed;
    }

    /**
     * Opens the store (which replays what the killed writer left) and compares, graph by graph, the
     * index's entries with the stored graph's searchable literals; returns the number of graphs.
     */
    private static int checkInStep(Path dir) {
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            TextIndex index = store.textIndex();
            Map<Node, List<String>> expected = Txn.calculateRead(store.dataset(), () -> {
                Map<Node, List<String>> out = new HashMap<>();
                store.dataset().find(Node.ANY, Node.ANY, PG.documentKey, Node.ANY).forEachRemaining(q -> {
                    if (q.getGraph().getURI().startsWith(Iris.DOCUMENT_GRAPH_BASE))
                        out.put(q.getGraph(), entries(IndexedLiterals.of(store.dataset().getGraph(q.getGraph()))));
                });
                return out;
            });
            for (Map.Entry<Node, List<String>> e : expected.entrySet()) {
                List<String> indexed = hits(index.search("*:*", null, e.getKey(), null, null, 0));
                assertEquals(e.getValue(), indexed, e.getKey() + ": index entries differ from the stored graph");
                assertTrue(!indexed.isEmpty(), e.getKey() + " is searchable");
            }
            assertEquals(expected.size(), index.graphCount(), "the index holds no graph the store lacks");
            assertEquals(new TextIndex.Reconciliation(0, 0), index.reconcile(store.dataset()),
                    "opening alone brought the index in step");
            return expected.size();
        }
    }

    private static List<String> entries(List<TextEntry> entries) {
        List<String> out = new ArrayList<>();
        for (TextEntry e : entries)
            out.add(e.subject() + " " + e.predicate() + " " + e.text());
        return out.stream().sorted().toList();
    }

    private static List<String> hits(List<TextHit> hits) {
        List<String> out = new ArrayList<>();
        for (TextHit h : hits)
            out.add(h.subject() + " " + h.predicate() + " " + h.literal().getLiteralLexicalForm());
        return out.stream().sorted().toList();
    }

    private Process start(Path store, Path corpus) throws Exception {
        return new ProcessBuilder(java(), "-cp", System.getProperty("java.class.path"), TextIndexKillIT.class.getName(),
                store.toString(), corpus.toString())
                .redirectErrorStream(true).redirectOutput(tmp.resolve("child.log").toFile()).start();
    }

    private int run(Path store, Path corpus) throws Exception {
        Process p = start(store, corpus);
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "ingest finishes");
        if (p.exitValue() != 0)
            System.out.println(Files.readString(tmp.resolve("child.log")));
        return p.exitValue();
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
