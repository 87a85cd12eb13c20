package org.policygraph.maintenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.bench.CorpusGenerator;
import org.policygraph.ingest.Ingester;
import org.policygraph.store.CompactedSize;
import org.policygraph.store.Compaction;
import org.policygraph.store.DerivedData;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoreSize;

/**
 * The server's compaction check judges the live generation against the compacted size: a store with
 * no record is compacted at once, one within the threshold is left alone, and one past it (after
 * every document was replaced) is compacted again.
 */
@Tag("store")
class AutoCompactionTest {

    private static final int DOCUMENTS = 40;
    private static final double THRESHOLD = 1.02;

    @TempDir
    Path tmp;

    @Test
    void compactsWhenTheLiveGenerationPassesTheThreshold() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path dir = tmp.resolve("store");
        CorpusGenerator generator = new CorpusGenerator(23);
        generator.write(corpus, DOCUMENTS);
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            Ingester ingester = Ingester.builder(store).noBulkLoad().build();
            ingester.ingest(List.of(corpus));
            // A small store's files are mostly TDB2's preallocated segments, so its waste ratio stays small: a low threshold.
            AutoCompaction auto = new AutoCompaction(store, THRESHOLD, DerivedData.NONE);

            Optional<Compaction.Result> first = auto.check();
            assertTrue(first.isPresent(), "a store without a recorded compacted size is compacted at the first check");
            assertEquals(StoreSize.of(dir), StoreSize.live(dir), "one generation on disk after a compaction");
            assertEquals(DOCUMENTS, CompactedSize.read(dir).orElseThrow().documents(), "the record counts the documents");
            assertTrue(auto.check().isEmpty(), "no waste, no compaction");

            replaceEveryDocumentThrice(generator, corpus, ingester);
            long base = CompactedSize.read(dir).orElseThrow().bytes();
            assertTrue(StoreSize.live(dir) > THRESHOLD * base, "the replacements left waste: " + StoreSize.live(dir) + " over " + base);
            Optional<Compaction.Result> second = auto.check();
            assertTrue(second.isPresent(), "past the threshold, the store is compacted");
            assertTrue(StoreSize.live(dir) < THRESHOLD * CompactedSize.read(dir).orElseThrow().bytes(), second.get().summary());
        }
    }

    /**
     * With the clock's checks an hour apart, the writes themselves start the check that compacts a
     * store whose replacements pushed it past the threshold.
     */
    @Test
    void aWritePastTheThresholdStartsACompactionWithoutWaitingForTheClock() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path dir = tmp.resolve("store");
        CorpusGenerator generator = new CorpusGenerator(24);
        generator.write(corpus, DOCUMENTS);
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            Ingester ingester = Ingester.builder(store).noBulkLoad().build();
            ingester.ingest(List.of(corpus));
            Compaction.run(store, DerivedData.NONE);
            String first = CompactedSize.read(dir).orElseThrow().generation();
            CountDownLatch compacted = new CountDownLatch(1);
            try (StoreMaintenance m = StoreMaintenance.start(store, THRESHOLD, Duration.ofHours(1), (s, cause) -> compacted.countDown())) {
                replaceEveryDocumentThrice(generator, corpus, ingester);
                assertTrue(compacted.await(5, TimeUnit.MINUTES), "compacted after the writes, not an hour later");
            }
            assertNotEquals(first, CompactedSize.read(dir).orElseThrow().generation(), "a new generation");
        }
    }

    /**
     * The writer whose commit took the store past the threshold waits for the compaction it started:
     * its next commit cannot land while the check measures the store, past the bound it is kept under.
     */
    @Test
    void aWriterThatTookTheStorePastTheThresholdGoesOnOnlyOnceItIsCompacted() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path dir = tmp.resolve("store");
        CorpusGenerator generator = new CorpusGenerator(26);
        generator.write(corpus, DOCUMENTS);
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            Ingester ingester = Ingester.builder(store).noBulkLoad().build();
            ingester.ingest(List.of(corpus));
            Compaction.run(store, DerivedData.NONE);
            CountDownLatch compacted = new CountDownLatch(1);
            try (StoreMaintenance m = StoreMaintenance.start(store, THRESHOLD, Duration.ofHours(1), (s, cause) -> compacted.countDown())) {
                // Runs of one commit each, every document replaced, until one takes the store past the threshold.
                for (int round = 0; round < 8 && compacted.getCount() > 0; round++) {
                    for (int i = 0; i < DOCUMENTS; i++) {
                        CorpusGenerator.Generated g = round % 2 == 0 ? generator.inPlaceOf(i, DOCUMENTS + i) : generator.generate(i);
                        Files.write(corpus.resolve(g.path()), g.bytes());
                    }
                    ingester.ingest(List.of(corpus));
                    if (compacted.getCount() > 0)
                        assertTrue(StoreSize.live(dir) <= THRESHOLD * CompactedSize.read(dir).orElseThrow().bytes(),
                                "round " + round + ": the run returned past the threshold before the compaction it started");
                }
                assertEquals(0, compacted.getCount(), "compacted within eight runs");
            }
        }
    }

    /**
     * Past the threshold against the bare compacted size, but not against what the documents added
     * since take at the size per document learnt: left alone. The same store with nothing learnt,
     * or with no documents added, is compacted. The record is written by hand: a store small
     * enough for a test is mostly TDB2's preallocated segments, too small to learn from.
     */
    @Test
    void documentsAddedSinceTheCompactionAreGrowthOnceASizePerDocumentIsLearnt() throws Exception {
        Path corpus = tmp.resolve("corpus");
        Path dir = tmp.resolve("store");
        new CorpusGenerator(25).write(corpus, DOCUMENTS);
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            Ingester.builder(store).noBulkLoad().build().ingest(List.of(corpus));
            Compaction.run(store, DerivedData.NONE);
            String generation = CompactedSize.read(dir).orElseThrow().generation();
            long live = StoreSize.live(dir);
            AutoCompaction auto = new AutoCompaction(store, 1.3, DerivedData.NONE);
            // 1.5x the bare size; the 10 documents "added since" take it to live / 1.2.
            long bytes = (long) (live / 1.5);
            long perDocument = ((long) (live / 1.2) - bytes) / 10;

            writeRecord(dir, generation, bytes, DOCUMENTS - 10, perDocument);
            assertTrue(auto.check().isEmpty(), "1.2x what the documents held take compacted: growth, not waste");

            writeRecord(dir, generation, bytes, DOCUMENTS - 10, CompactedSize.UNKNOWN);
            Optional<Compaction.Result> nothingLearnt = auto.check();
            assertTrue(nothingLearnt.isPresent(), "with no size per document learnt, 1.5x the bare size is past 1.3x");

            String now = CompactedSize.read(dir).orElseThrow().generation();
            writeRecord(dir, now, (long) (StoreSize.live(dir) / 1.5), DOCUMENTS, perDocument);
            assertTrue(auto.check().isPresent(), "no documents added: all of the growth is waste");
        }
    }

    private static void writeRecord(Path dir, String generation, long bytes, long documents, long perDocument) throws Exception {
        Files.writeString(dir.resolve("policygraph-compacted.properties"), "generation=" + generation + "\nbytes=" + bytes
                + "\ndocuments=" + documents + "\nperDocument=" + perDocument + "\n");
    }

    /**
     * Puts another document's text in every document's place and then its own back, three times,
     * each ingested: the old blocks stay behind as waste. Another text, not an edit, since a graph
     * is replaced by difference and an edited document leaves most of its blocks as they were.
     */
    private static void replaceEveryDocumentThrice(CorpusGenerator generator, Path corpus, Ingester ingester) throws Exception {
        for (int round = 0; round < 3; round++) {
            for (int i = 0; i < DOCUMENTS; i++) {
                CorpusGenerator.Generated g = round % 2 == 0 ? generator.inPlaceOf(i, DOCUMENTS + i) : generator.generate(i);
                Files.write(corpus.resolve(g.path()), g.bytes());
            }
            ingester.ingest(List.of(corpus));
        }
    }
}
