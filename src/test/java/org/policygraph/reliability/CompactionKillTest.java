package org.policygraph.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoreContents;
import org.policygraph.store.Waypoint;
import org.policygraph.testing.ChildCli;

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
