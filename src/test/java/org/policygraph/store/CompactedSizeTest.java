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
        CompactedSize recorded = CompactedSize.record(store, 3);
        Files.createDirectories(store.resolve("Data-0002-tmp"));
        assertTrue(CompactedSize.read(store).isPresent());
        assertEquals(recorded, CompactedSize.read(store).get());
    }

    @Test
    void theSizePerDocumentIsLearntFromTwoRecordsWithEnoughDocumentsBetweenThem() throws IOException {
        Files.createDirectories(store.resolve("Data-0001"));
        assertEquals(CompactedSize.UNKNOWN, CompactedSize.record(store, "Data-0001", 1_000_000, 10).perDocument(), "one record teaches nothing");
        Files.createDirectories(store.resolve("Data-0002"));
        CompactedSize second = CompactedSize.record(store, "Data-0002", 2_900_000, 200);
        assertEquals(10_000, second.perDocument(), "1.9 MB more over 190 documents more");
        assertEquals(2_900_000 + 50 * 10_000, second.expectedFor(250));
        assertEquals(2_900_000, second.expectedFor(180), "removed documents leave waste: never below the recorded size");

        Files.createDirectories(store.resolve("Data-0003"));
        CompactedSize third = CompactedSize.record(store, "Data-0003", 3_400_000, 230);
        assertEquals(10_000, third.perDocument(), "30 documents more are too few to learn from: what was learnt stays");
        assertEquals(third, CompactedSize.read(store).orElseThrow());
    }

    @Test
    void aSizePerDocumentIsNeverAboveTheAverageOfTheNewRecord() {
        CompactedSize before = new CompactedSize("Data-0001", 100, 10, CompactedSize.UNKNOWN);
        assertEquals(2_000_000 / 1_000, CompactedSize.learn(before, 2_000_000, 1_000),
                "a store that grew more than its documents can explain (it was half empty) learns its average at most");
    }

    @Test
    void aRecordWrittenBeforeDocumentsWereCountedKnowsNoneAndExpectsItsOwnSize() throws IOException {
        Files.createDirectories(store.resolve("Data-0001"));
        Files.writeString(store.resolve(CompactedSize.FILE), "generation=Data-0001\nbytes=5000\n");
        CompactedSize old = CompactedSize.read(store).orElseThrow();
        assertEquals(CompactedSize.UNKNOWN, old.documents());
        assertEquals(5000, old.expectedFor(1_000));
        Files.createDirectories(store.resolve("Data-0002"));
        assertEquals(CompactedSize.UNKNOWN, CompactedSize.record(store, "Data-0002", 9000, 1_000).perDocument());
    }

    @Test
    void aStoreWithoutGenerationsHasNone() {
        assertEquals("", CompactedSize.currentGeneration(store));
    }
}
