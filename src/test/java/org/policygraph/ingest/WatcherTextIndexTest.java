package org.policygraph.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.apache.jena.graph.Node;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.testing.Corpora;
import org.policygraph.textindex.IndexedLiterals;
import org.policygraph.textindex.TextHit;

/** The watcher keeps the text index in step: new, changed, renamed and removed files. */
@Tag("store")
class WatcherTextIndexTest {

    @TempDir
    Path tmp;

    @Test
    void aWatchedFilesTitleIsSearchableAndItsOldTitleGoneAfterAnEdit() throws Exception {
        Path watched = Files.createDirectories(tmp.resolve("inbox"));
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"));
             FolderWatcher watcher = FolderWatcher.start(store, List.of(watched), Duration.ofMillis(200), r -> { })) {
            Path file = watched.resolve("sv-0604-kusttram.txt");
            Files.copy(Corpora.example("vragen/sv-0604-kusttram.txt"), file);
            await(() -> !titles(store, "exact:kusttram").isEmpty(), "the new file's title is found");
            String edited = Files.readString(file, StandardCharsets.UTF_8).replace("Stiptheid van de kusttram", "Stiptheid van de kustbus");
            Files.writeString(file, edited, StandardCharsets.UTF_8);
            await(() -> !titles(store, "exact:kustbus").isEmpty(), "the changed title is found");
            assertTrue(titles(store, "exact:kusttram").isEmpty(), "the old title is gone: " + titles(store, "exact:kusttram"));
        }
    }

    @Test
    void aRenamedFilesTitleIsFoundInItsNewGraphOnlyAndADeletedOnesNotAtAllWhenRemoved() throws Exception {
        Path watched = Files.createDirectories(tmp.resolve("inbox"));
        try (PolicyGraphStore store = PolicyGraphStore.open(tmp.resolve("store"));
             FolderWatcher watcher = FolderWatcher.start(store, List.of(watched), Duration.ofMillis(200), true, r -> { })) {
            Path file = watched.resolve("sv-0604-kusttram.txt");
            Files.copy(Corpora.example("vragen/sv-0604-kusttram.txt"), file);
            await(() -> !titles(store, "exact:kusttram").isEmpty(), "the new file's title is found");
            Node before = titles(store, "exact:kusttram").get(0).graph();

            Files.move(file, watched.resolve("renamed.txt"));
            await(() -> !titles(store, "exact:kusttram").isEmpty()
                    && !titles(store, "exact:kusttram").get(0).graph().equals(before), "the title is found in the moved graph");
            assertEquals(1, titles(store, "exact:kusttram").size(), "the old graph's entries are gone");

            Files.delete(watched.resolve("renamed.txt"));
            await(() -> titles(store, "exact:kusttram").isEmpty(), "a removed document's title is no longer found");
        }
    }

    private static List<TextHit> titles(PolicyGraphStore store, String query) {
        return store.textIndex().search(query, IndexedLiterals.TITLE, null, null, null, 0);
    }

    private static void await(java.util.function.BooleanSupplier condition, String what) throws InterruptedException {
        for (int i = 0; i < 300; i++) {
            if (condition.getAsBoolean())
                return;
            Thread.sleep(100);
        }
        throw new AssertionError("never: " + what);
    }
}
