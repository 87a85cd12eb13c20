package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.apache.jena.graph.Node;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.rdf.Iris;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;
import org.policygraph.text.FileStamp;

/** The watcher hands over only what changed, moves renamed files, and keeps or removes deleted ones as told. */
@Tag("store")
class FolderWatcherTest {

    private static final Duration POLL = Duration.ofMillis(100);

    @TempDir
    Path tmp;
    private PolicyGraphStore store;
    private Path inbox;
    private final LinkedBlockingQueue<IngestReport> reports = new LinkedBlockingQueue<>();

    @BeforeEach
    void setUp() {
        store = PolicyGraphStore.open(tmp.resolve("store"));
        inbox = tmp.resolve("inbox");
        Corpora.copyTree(Corpora.example("vragen"), inbox);
    }

    @AfterEach
    void tearDown() {
        store.close();
    }

    private IngestReport next() throws InterruptedException {
        IngestReport r = reports.poll(60, TimeUnit.SECONDS);
        if (r == null)
            throw new AssertionError("no ingest run within a minute");
        return r;
    }

    private boolean hasGraph(String key) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().containsGraph(Iris.documentGraph(key)));
    }

    private boolean hasRegistryEntry(String key) {
        return Txn.calculateRead(store.dataset(), () ->
                store.dataset().find(Iris.REGISTRY_GRAPH, Iris.ingest(key), Node.ANY, Node.ANY).hasNext());
    }

    @Test
    void onlyChangedFilesAreHandedOverAndANoChangePollRunsNothing() throws Exception {
        try (FolderWatcher w = FolderWatcher.start(store, List.of(inbox), POLL, reports::add)) {
            IngestReport first = next();
            assertEquals(7, first.added().size(), first.summary());
            Thread.sleep(10 * POLL.toMillis());
            assertTrue(reports.isEmpty(), "polls with nothing changed run no ingest: " + reports);

            Path edited = inbox.resolve("sv-0604-kusttram.txt");
            Files.writeString(edited, Files.readString(edited, StandardCharsets.UTF_8).replace("kusttram", "kustlijn"),
                    StandardCharsets.UTF_8);
            IngestReport second = next();
            assertEquals(List.of("sv-0604-kusttram.txt"), second.replaced(), second.summary());
            assertTrue(second.unchanged().isEmpty(), "the six unchanged files were neither read nor looked up: " + second.unchanged());
        }
    }

    @Test
    void aFileRestoredWithItsOldSizeAndModificationTimeIsHandedOverByItsChangeTime() throws Exception {
        Path edited = inbox.resolve("sv-0604-kusttram.txt");
        assumeTrue(FileStamp.of(edited).orElseThrow().changed().isPresent(), "a file system that reports change times");
        try (FolderWatcher w = FolderWatcher.start(store, List.of(inbox), POLL, reports::add)) {
            next();
            // past the copy's second, for file systems that keep change times to the second (HFS+, ext3)
            Thread.sleep(1100);
            FileTime old = Files.getLastModifiedTime(edited);
            String text = Files.readString(edited, StandardCharsets.UTF_8);
            Files.writeString(edited, text.replace("kusttram", "kusttrem"), StandardCharsets.UTF_8);
            Files.setLastModifiedTime(edited, old);
            IngestReport r = next();
            assertEquals(List.of("sv-0604-kusttram.txt"), r.replaced(), r.summary());
        }
    }

    @Test
    void aRenameIsAMove() throws Exception {
        try (FolderWatcher w = FolderWatcher.start(store, List.of(inbox), POLL, reports::add)) {
            next();
            Files.createDirectories(inbox.resolve("2024"));
            Files.move(inbox.resolve("sv-0604-kusttram.txt"), inbox.resolve("2024/kusttram.txt"));
            IngestReport r = next();
            assertEquals(List.of(new IngestReport.Move("sv-0604-kusttram.txt", "2024/kusttram.txt",
                    inbox.resolve("2024/kusttram.txt").toString())), r.moved(), r.summary());
            assertTrue(r.added().isEmpty() && r.deletions().isEmpty(), r.summary());
            assertTrue(hasGraph("2024/kusttram.txt"));
            assertFalse(hasGraph("sv-0604-kusttram.txt"));
        }
    }

    @Test
    void aDeletedFileIsKeptByDefault() throws Exception {
        try (FolderWatcher w = FolderWatcher.start(store, List.of(inbox), POLL, reports::add)) {
            next();
            Files.delete(inbox.resolve("sv-0604-kusttram.txt"));
            IngestReport r = next();
            assertEquals(1, r.deletions().size());
            assertTrue(r.deletions().get(0).toString().startsWith("kept graph " + Iris.documentGraph("sv-0604-kusttram.txt").getURI()
                    + " of deleted file "), r.deletions().toString());
            assertTrue(r.deletions().get(0).toString().endsWith("; use --remove-deleted to remove"));
            assertTrue(hasGraph("sv-0604-kusttram.txt"));
        }
    }

    @Test
    void aDeletedFileIsRemovedWhenAsked() throws Exception {
        try (FolderWatcher w = FolderWatcher.start(store, List.of(inbox), POLL, true, reports::add)) {
            next();
            Files.delete(inbox.resolve("sv-0604-kusttram.txt"));
            IngestReport r = next();
            assertEquals(List.of(new IngestReport.Deletion("sv-0604-kusttram.txt",
                    inbox.resolve("sv-0604-kusttram.txt").toString(), true)), r.deletions());
            assertFalse(hasGraph("sv-0604-kusttram.txt"));
            assertFalse(hasRegistryEntry("sv-0604-kusttram.txt"));
            assertTrue(hasGraph("sv-0312-fietspaden.txt"), "the others stay");
        }
    }

    @Test
    void aCopyIsStoredOnceAndTakesOverWhenItsOriginalIsRemoved() throws Exception {
        Files.copy(inbox.resolve("sv-0604-kusttram.txt"), inbox.resolve("zz-kopie.txt"));
        try (FolderWatcher w = FolderWatcher.start(store, List.of(inbox), POLL, true, reports::add)) {
            IngestReport first = next();
            assertEquals(7, first.added().size(), first.summary());
            assertEquals(1, first.duplicates().size());
            assertEquals("zz-kopie.txt", first.duplicates().get(0).key());
            assertFalse(hasGraph("zz-kopie.txt"));

            Files.delete(inbox.resolve("sv-0604-kusttram.txt"));
            IngestReport removal = next();
            assertTrue(removal.deletions().get(0).removed(), removal.summary());
            IngestReport recheck = next();
            assertEquals(List.of("zz-kopie.txt"), recheck.added(), "the copy is stored once its original is gone: "
                    + recheck.summary());
            assertTrue(hasGraph("zz-kopie.txt"));
        }
    }

    @Test
    void aWatchedFolderThatGoesAwayFailsThePollAndRemovesNothing() throws Exception {
        Path moved = tmp.resolve("elsewhere");
        try (FolderWatcher w = FolderWatcher.start(store, List.of(inbox), POLL, true, reports::add)) {
            next();
            Files.move(inbox, moved);
            IngestReport r = next();
            assertFalse(r.ok());
            assertEquals("watch: Cannot scan " + inbox + ": no such file or folder", r.failures().get(0).reason());
            assertTrue(r.deletions().isEmpty());
            assertTrue(hasGraph("sv-0604-kusttram.txt"), "an unmounted share does not empty the store");
        }
    }

    @Test
    void aMissingFolderSaysSo() throws IOException {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> FolderWatcher.start(store, List.of(tmp.resolve("nergens")), POLL, reports::add));
        assertEquals("Cannot watch " + tmp.resolve("nergens") + ": no such file or folder", e.getMessage());
        Path file = Files.writeString(tmp.resolve("bestand.txt"), "x");
        e = assertThrows(IllegalArgumentException.class, () -> FolderWatcher.start(store, List.of(file), POLL, reports::add));
        assertEquals("Cannot watch " + file + ": not a folder", e.getMessage());
    }
}
