package org.policygraph.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.Snapshot;
import org.policygraph.store.Waypoint;
import org.policygraph.testing.ChildCli;

/**
 * {@code policygraph backup} killed with SIGKILL while it writes, at points spread over the run
 * (the child signals each point itself, see {@link ChildCli#stoppingAt}): the previous backup is
 * whole every time (same bytes: the store did not change), and the next backup clears what the
 * killed one left.
 */
@Tag("reliability")
class BackupKillTest {

    private static final int DOCUMENTS = 800;
    private static final int KILLS = 4;

    @TempDir
    Path tmp;

    @Test
    void killedBackupLeavesThePreviousOneWhole() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path store = tmp.resolve("store");
        new CorpusGenerator(3).write(corpus, DOCUMENTS);
        Path backup = tmp.resolve("backup.nq.gz");
        Snapshot.Written written;
        try (PolicyGraphStore s = PolicyGraphStore.open(store)) {
            Ingester.builder(s).build().ingest(List.of(corpus));
            written = Snapshot.write(s, backup);
        }
        byte[] previous = Files.readAllBytes(backup);
        // The backup passes its waypoint at its first quad and every Waypoint.QUADS after: kill at passings spread over them.
        int passings = (int) ((written.quads() - 1) / Waypoint.QUADS) + 1;
        assertTrue(passings >= 2, "the store is large enough to kill a backup half-way: " + written.quads() + " quads");
        for (int k = 0; k < KILLS; k++) {
            int nth = 1 + (int) ((long) k * (passings - 1) / Math.max(1, KILLS - 1));
            Path marker = tmp.resolve("marker-" + k);
            Path log = tmp.resolve("backup-" + k + ".log");
            Process p = new ProcessBuilder(ChildCli.stoppingAt(Waypoint.BACKUP_WRITING, nth, marker,
                    "backup", "--store", store.toString(), "-o", backup.toString()))
                    .redirectErrorStream(true).redirectOutput(log.toFile()).start();
            ChildCli.awaitMarker(p, marker, log);
            assertEquals(1, partFiles().size(), "the killed backup is writing its part file");
            p.destroyForcibly();
            assertTrue(p.waitFor(30, TimeUnit.SECONDS));
            assertArrayEquals(previous, Files.readAllBytes(backup), "the previous backup is whole after kill " + (k + 1)
                    + " (at quad " + (long) (nth - 1) * Waypoint.QUADS + " of " + written.quads() + ")");
        }
        Process last = new ProcessBuilder(ChildCli.command("backup", "--store", store.toString(), "-o", backup.toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("backup.log").toFile()).start();
        assertTrue(last.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, last.exitValue(), Files.readString(tmp.resolve("backup.log")));
        assertArrayEquals(previous, Files.readAllBytes(backup), "the same store gives the same backup");
        assertEquals(List.of(), partFiles(), "the part files of killed backups are cleared");
        System.out.printf("backup kills: %d, each while writing (%d quads in all), previous backup whole each time%n",
                KILLS, written.quads());
    }

    private List<String> partFiles() throws Exception {
        try (var s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".backup.nq.gz.part-")).toList();
        }
    }
}
