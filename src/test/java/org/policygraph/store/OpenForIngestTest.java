package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.apache.jena.dboe.trans.bplustree.BPlusTree;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.tupletable.TupleIndexRecord;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.testing.Corpora;

/**
 * An ingest run reads a store that exists block by block, every other use maps it, and the choice
 * lasts only as long as the run: nothing of it is written into the store.
 */
@Tag("store")
class OpenForIngestTest {

    @TempDir
    Path tmp;

    private static final Clock FIXED = Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC);

    @Test
    void otherStoresOpenedAfterAnIngestRunAreMapped() {
        Path dir = tmp.resolve("store");
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            assertEquals("mapped", fileAccess(store));
        }
        try (PolicyGraphStore store = PolicyGraphStore.openForIngest(dir);
             PolicyGraphStore other = PolicyGraphStore.open(tmp.resolve("other"))) {
            assertEquals("direct", fileAccess(store));
            assertEquals("mapped", fileAccess(other));
        }
    }

    @Test
    void aNewStoreIsMappedAndAStoreThatExistsIsReadDirectlyForAnIngestOnly() throws IOException {
        Path dir = tmp.resolve("store");
        try (PolicyGraphStore store = PolicyGraphStore.openForIngest(dir)) {
            assertEquals("mapped", fileAccess(store));
            IngestReport r = Ingester.builder(store).threads(2).clock(FIXED).build().ingest(List.of(Corpora.examples()));
            assertTrue(r.ok() && !r.added().isEmpty(), r.failures().toString());
        }
        long documents;
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            assertEquals("mapped", fileAccess(store));
            documents = StoredDocuments.count(store.dataset());
        }
        // An example with a line added, in a folder of its own: a new document, written through the direct reads.
        Path example = firstFile(Corpora.examples());
        Path another = tmp.resolve("more").resolve(example.getFileName());
        Files.createDirectories(another.getParent());
        Files.writeString(another, Files.readString(example) + "\n");
        try (PolicyGraphStore store = PolicyGraphStore.openForIngest(dir)) {
            assertEquals("direct", fileAccess(store));
            IngestReport r = Ingester.builder(store).threads(2).clock(FIXED).build().ingest(List.of(another));
            assertTrue(r.ok() && r.added().size() == 1, r.failures().toString());
            assertEquals(documents + 1, StoredDocuments.count(store.dataset()));
        }
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            assertEquals("mapped", fileAccess(store), "the direct reads of the ingest run stay with that run");
            assertEquals(documents + 1, StoredDocuments.count(store.dataset()));
        }
        try (Stream<Path> files = Files.walk(dir)) {
            assertTrue(files.noneMatch(f -> f.getFileName().toString().equals("tdb.cfg")), "no store parameters written");
        }
    }

    /**
     * How the store's first quad index is read, from its block manager: TDB2 wraps a file read
     * through read calls in a block cache and names it "Direct"; a mapped file has neither.
     */
    private static String fileAccess(PolicyGraphStore store) {
        DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(((PinnedDataset) store.dataset()).container());
        TupleIndexRecord index = (TupleIndexRecord) tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndex(0);
        String blocks = ((BPlusTree) index.getRangeIndex()).getNodeManager().getBlockMgr().toString();
        return blocks.contains(":Direct:") ? "direct" : "mapped";
    }

    private static Path firstFile(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().findFirst().orElseThrow();
        }
    }
}
