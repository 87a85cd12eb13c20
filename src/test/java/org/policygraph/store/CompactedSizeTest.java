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
    void recordsTooFewDocumentsApartLearnFromTheFirstSinceTheLastLesson() throws IOException {
        Files.createDirectories(store.resolve("Data-0001"));
        CompactedSize first = CompactedSize.record(store, "Data-0001", 100_000_000, 1_000);
        for (int i = 1; i <= 3; i++) {
            Files.createDirectories(store.resolve("Data-000" + (i + 1)));
            // 50 documents apart each time, fewer than the 100 a lesson needs; 20,000 bytes each, and noise.
            CompactedSize next = CompactedSize.record(store, "Data-000" + (i + 1), 100_000_000 + i * 50 * 20_000 + (i == 2 ? 300_000 : 0),
                    1_000 + i * 50);
            if (i < 3) {
                assertEquals(CompactedSize.UNKNOWN, next.perDocument(), "50 and 100 documents since the first: too few, as 10% of the store");
                assertEquals(first.bytes(), next.baseBytes(), "the first stays the base");
                assertEquals(first.documents(), next.baseDocuments());
            } else {
                assertEquals(20_000, next.perDocument(), "150 documents since the first, 3 MB more");
                assertEquals(next.bytes(), next.baseBytes(), "the next lesson is learnt from here");
            }
            assertEquals(next, CompactedSize.read(store).orElseThrow(), "the base is kept in the file");
        }
    }

    @Test
    void aSizeThatDidNotGrowOverEnoughDocumentsMovesTheBase() {
        CompactedSize before = new CompactedSize("Data-0001", 5_000_000, 1_000, 4_000);
        CompactedSize after = CompactedSize.after(before, "Data-0002", 4_900_000, 1_200);
        assertEquals(4_000, after.perDocument(), "what was learnt stays");
        assertEquals(4_900_000, after.baseBytes());
        assertEquals(1_200, after.baseDocuments());
    }

    @Test
    void aSizePerDocumentIsNeverAboveTheAverageOfTheNewRecord() {
        CompactedSize before = new CompactedSize("Data-0001", 100, 10, CompactedSize.UNKNOWN);
        assertEquals(2_000_000 / 1_000, CompactedSize.after(before, "Data-0002", 2_000_000, 1_000).perDocument(),
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
