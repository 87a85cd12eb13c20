package org.policygraph.reliability;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.Snapshot;
import org.policygraph.testing.ChildCli;

/**
 * {@code policygraph backup} killed with SIGKILL at random moments: the previous backup is whole
 * every time (same bytes: the store did not change), and the next backup clears what the killed
 * one left.
 */
@Tag("reliability")
class BackupKillTest {

    private static final int DOCUMENTS = 800;
    private static final int KILLS = 6;

    @TempDir
    Path tmp;

    @Test
    void killedBackupLeavesThePreviousOneWhole() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path store = tmp.resolve("store");
        new CorpusGenerator(3).write(corpus, DOCUMENTS);
        Path backup = tmp.resolve("backup.nq.gz");
        try (PolicyGraphStore s = PolicyGraphStore.open(store)) {
            Ingester.builder(s).build().ingest(List.of(corpus));
            Snapshot.write(s, backup);
        }
        byte[] previous = Files.readAllBytes(backup);
        long full = time(store, backup);
        Random random = new Random(16);
        int landed = 0;
        for (int attempt = 0; landed < KILLS && attempt < KILLS * 3; attempt++) {
            Process p = new ProcessBuilder(ChildCli.command("backup", "--store", store.toString(), "-o", backup.toString()))
                    .redirectErrorStream(true).redirectOutput(tmp.resolve("backup.log").toFile()).start();
            // Somewhere in the run: JVM start, store open, or the writing itself.
            Thread.sleep((long) (full * (0.3 + 0.7 * random.nextDouble())));
            if (!p.isAlive())
                continue;
            boolean writing = partFiles().size() > 0;
            p.destroyForcibly();
            p.waitFor(30, TimeUnit.SECONDS);
            landed += writing ? 1 : 0;
            assertArrayEquals(previous, Files.readAllBytes(backup), "the previous backup is whole after a kill");
        }
        assertTrue(landed >= 3, "kills landed while a backup was being written: " + landed);
        Process last = new ProcessBuilder(ChildCli.command("backup", "--store", store.toString(), "-o", backup.toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("backup.log").toFile()).start();
        assertTrue(last.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, last.exitValue(), Files.readString(tmp.resolve("backup.log")));
        assertArrayEquals(previous, Files.readAllBytes(backup), "the same store gives the same backup");
        assertEquals(List.of(), partFiles(), "the part files of killed backups are cleared");
        System.out.printf("backup kills: %d landed while writing, previous backup whole each time%n", landed);
    }

    /** Milliseconds a whole backup run takes in a child JVM. */
    private long time(Path store, Path backup) throws Exception {
        long start = System.nanoTime();
        Path other = tmp.resolve("timing.nq.gz");
        Process p = new ProcessBuilder(ChildCli.command("backup", "--store", store.toString(), "-o", other.toString()))
                .redirectErrorStream(true).redirectOutput(tmp.resolve("timing.log").toFile()).start();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES));
        assertEquals(0, p.exitValue(), Files.readString(tmp.resolve("timing.log")));
        return (System.nanoTime() - start) / 1_000_000;
    }

    private List<String> partFiles() throws Exception {
        try (var s = Files.list(tmp)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".backup.nq.gz.part-")).toList();
        }
    }
}
