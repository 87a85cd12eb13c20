package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compacted-size record, read while a compaction may be under way. */
class CompactedSizeTest {

    @TempDir
    Path store;

    @Test
    void theGenerationInUseIsTheHighestNumberedAndACompactionsTemporaryFolderIsNotOne() throws IOException {
        Files.createDirectories(store.resolve("Data-0003"));
        Files.createDirectories(store.resolve("Data-0002"));
        Files.createDirectories(store.resolve("Data-0004-tmp"));
        Files.writeString(store.resolve("Data-0009"), "a file, not a generation");
        assertEquals("Data-0003", CompactedSize.currentGeneration(store));
    }

    @Test
    void aRecordIsReadBackWhileACompactionHasItsTemporaryFolderBesideTheStore() throws IOException {
        Files.writeString(Files.createDirectories(store.resolve("Data-0001")).resolve("nodes.dat"), "some bytes");
        CompactedSize recorded = CompactedSize.record(store);
        Files.createDirectories(store.resolve("Data-0002-tmp"));
        assertTrue(CompactedSize.read(store).isPresent());
        assertEquals(recorded, CompactedSize.read(store).get());
    }

    @Test
    void aStoreWithoutGenerationsHasNone() {
        assertEquals("", CompactedSize.currentGeneration(store));
    }
}
