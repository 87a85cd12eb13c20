package org.policygraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.ingest.Ingester;
import org.policygraph.pipeline.DocumentPipeline;
import org.policygraph.rdf.Iris;
import org.policygraph.store.Compaction;
import org.policygraph.store.DerivedData;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoreContents;
import org.policygraph.store.Waypoint;
import org.policygraph.testing.ChildCli;
import org.policygraph.testing.IngestDuringCopy;
import org.policygraph.textindex.TextIndex;

/**
 * {@code policygraph compact} killed with SIGKILL at each stage of a compaction: while it copies,
 * with the copy complete but not in place, in place but not switched to (transactions held), switched
 * but with the old generation still open, and closed but not yet deleted. The child signals each point itself (see {@link ChildCli#stoppingAt}). After every kill
 * the store opens with every graph as it was (a compaction changes no quad), on one generation, with
 * no half-made copy left; a compaction run to the end afterwards succeeds.
 */
@Tag("reliability")
class CompactionKillTest {

    private static final int DOCUMENTS = 150;

    @TempDir
    Path tmp;

    @Test
    void killedCompactionLeavesEveryGraphWhole() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path store = tmp.resolve("store");
        CorpusGenerator generator = new CorpusGenerator(5);
        generator.write(corpus, DOCUMENTS);
        try (PolicyGraphStore s = PolicyGraphStore.open(store)) {
            Ingester ingester = Ingester.builder(s).noBulkLoad().build();
            ingester.ingest(List.of(corpus));
            for (int i = 0; i < DOCUMENTS; i += 2) {
                CorpusGenerator.Generated g = generator.edited(i);
                Files.write(corpus.resolve(g.path()), g.bytes());
            }
            ingester.ingest(List.of(corpus));
        }
        Map<Node, Graph> before = StoreContents.of(store);
        List<Stop> stops = List.of(new Stop(Waypoint.COMPACTION_COPYING, 1), new Stop(Waypoint.COMPACTION_COPYING, 2),
                new Stop(Waypoint.COMPACTION_COPIED, 1), new Stop(Waypoint.COMPACTION_MOVED, 1), new Stop(Waypoint.COMPACTION_SWITCHED, 1),
                new Stop(Waypoint.COMPACTION_RELEASED, 1));
        int k = 0;
        for (Stop stop : stops) {
            Path marker = tmp.resolve("marker-" + k);
            Path log = tmp.resolve("compact-" + k++ + ".log");
            Process p = new ProcessBuilder(ChildCli.stoppingAt(stop.waypoint(), stop.nth(), marker, "compact", "--store", store.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ChildCli.awaitMarker(p, marker, log);
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            try (PolicyGraphStore s = PolicyGraphStore.open(store)) {
                // Opening clears what the kill left; the store then runs on one generation.
                assertEquals(1, generations(store).size(), "one generation after a kill at " + stop + ": " + folders(store));
            }
            StoreContents.assertSame(before, StoreContents.of(store), "after a kill at " + stop);
        }
        Process last = new ProcessBuilder(ChildCli.command("compact", "--store", store.toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("compact.log").toFile()).start();
        assertTrue(last.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, last.exitValue(), Files.readString(tmp.resolve("compact.log")));
        StoreContents.assertSame(before, StoreContents.of(store), "after a whole compaction");
        System.out.printf("compaction kills: %d stages, every graph whole each time; %s%n", stops.size(),
                Files.readString(tmp.resolve("compact.log")).strip());
    }

    /**
     * The child of {@link #killedDuringTheCatchUpLeavesEveryDocumentWholeAndTheIndexInStep}: compacts
     * the store while, at the copy's first waypoint, the ingester writes the corpus's changes (so
     * that the catch-up has graphs to bring up to date), and stops for good at the {@code nth}
     * passing of {@code waypoint} after writing {@code marker}. Arguments: store, corpus, waypoint, nth, marker.
     */
    public static void main(String[] args) throws Exception {
        Path marker = Path.of(args[4]);
        int nth = Integer.parseInt(args[3]);
        try (PolicyGraphStore store = PolicyGraphStore.open(Path.of(args[0]))) {
            IngestDuringCopy writes = new IngestDuringCopy(store, Path.of(args[1]));
            AtomicInteger passed = new AtomicInteger();
            Waypoint.listen(name -> {
                writes.reached(name);
                if (name.equals(args[2]) && passed.incrementAndGet() == nth) {
                    try {
                        Files.writeString(marker, name + " " + nth + "\n");
                        Thread.sleep(Long.MAX_VALUE);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                }
            });
            System.out.println(Compaction.run(store, DerivedData.NONE).summary());
        }
    }

    /**
     * Killed while the catch-up writes (writers held) and once it is done but the copy not in place,
     * with documents replaced during the copy: the store reopens on its old generation, which holds
     * those writes, every document graph wholly its new version, the registry naming every document
     * graph, the text index in step; a compaction afterwards keeps it all.
     */
    @Test
    void killedDuringTheCatchUpLeavesEveryDocumentWholeAndTheIndexInStep() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path store = tmp.resolve("store");
        CorpusGenerator generator = new CorpusGenerator(7);
        generator.write(corpus, 40);
        try (PolicyGraphStore s = PolicyGraphStore.open(store)) {
            Ingester.builder(s).noBulkLoad().build().ingest(List.of(corpus));
        }
        DocumentPipeline pipeline = new DocumentPipeline();
        List<Stop> stops = List.of(new Stop(Waypoint.COMPACTION_CATCHING_UP, 1), new Stop(Waypoint.COMPACTION_CATCHING_UP, 3),
                new Stop(Waypoint.COMPACTION_CAUGHT_UP, 1));
        int k = 0;
        for (Stop stop : stops) {
            // Each stop edits other documents (a quarter of them), so each has changes to ingest.
            for (int i = k; i < 40; i += stops.size() + 1) {
                CorpusGenerator.Generated g = generator.edited(i);
                Files.write(corpus.resolve(g.path()), g.bytes());
            }
            Path marker = tmp.resolve("catch-up-marker-" + k);
            Path log = tmp.resolve("catch-up-" + k++ + ".log");
            Process p = new ProcessBuilder(ChildCli.java(), "-Xmx512m", "--enable-native-access=ALL-UNNAMED", "-cp",
                    System.getProperty("java.class.path"), CompactionKillTest.class.getName(), store.toString(), corpus.toString(),
                    stop.waypoint(), Integer.toString(stop.nth()), marker.toString())
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ChildCli.awaitMarker(p, marker, log);
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertWholeAndIndexed(store, corpus, pipeline, "after a kill at " + stop);
        }
        Process last = new ProcessBuilder(ChildCli.command("compact", "--store", store.toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("compact.log").toFile()).start();
        assertTrue(last.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, last.exitValue(), Files.readString(tmp.resolve("compact.log")));
        assertWholeAndIndexed(store, corpus, pipeline, "after a whole compaction");
        System.out.printf("compaction kills in the catch-up: %d, every document whole and indexed each time; %s%n", stops.size(),
                Files.readString(tmp.resolve("compact.log")).strip());
    }

    /** Every document graph is the version now in the corpus, the registry names each, and the text index is in step. */
    private static void assertWholeAndIndexed(Path store, Path corpus, DocumentPipeline pipeline, String when) throws Exception {
        Map<Node, Graph> graphs;
        try (PolicyGraphStore s = PolicyGraphStore.open(store)) {
            assertEquals(1, generations(store).size(), "one generation " + when + ": " + folders(store));
            graphs = StoreContents.of(s.dataset());
            StoreContents.assertRegistered(s.dataset(), graphs, when);
            assertEquals(new TextIndex.Reconciliation(0, 0), s.textIndex().reconcile(s.dataset()), "the text index is in step " + when);
        }
        try (Stream<Path> files = Files.walk(corpus)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                String key = corpus.relativize(f).toString().replace(java.io.File.separatorChar, '/');
                Graph expected = pipeline.process(f, key).graph();
                Graph stored = graphs.get(Iris.documentGraph(key));
                assertTrue(stored != null && expected.isIsomorphicWith(stored), key + " is wholly its new version " + when);
            }
        }
    }

    /** The {@code nth} passing of {@code waypoint}. */
    private record Stop(String waypoint, int nth) {
    }

    private static List<String> generations(Path store) throws Exception {
        return folders(store).stream().filter(n -> n.startsWith("Data-")).toList();
    }

    private static List<String> folders(Path store) throws Exception {
        try (Stream<Path> s = Files.list(store)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
