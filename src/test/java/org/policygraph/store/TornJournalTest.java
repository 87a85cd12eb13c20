package org.policygraph.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.zip.Adler32;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.tdb2.sys.DatabaseOps;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.ingest.IngestReport;
import org.policygraph.ingest.Ingester;
import org.policygraph.testing.Corpora;

/**
 * A journal entry left half-written by a killed writer is cut off when the store is opened, and the
 * store opens with everything it had committed; damage that is not at the end is left alone.
 */
@Tag("store")
class TornJournalTest {

    @TempDir
    Path tmp;

    private static final int REDO = 1;

    @Test
    void aStoreWhoseJournalEndsInAHeaderWithoutItsBodyOpensWithItsDocuments() throws IOException {
        Path dir = tmp.resolve("store");
        long documents;
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            IngestReport r = Ingester.builder(store).threads(2)
                    .clock(Clock.fixed(Instant.parse("2024-05-01T10:00:00Z"), ZoneOffset.UTC)).build()
                    .ingest(List.of(Corpora.examples()));
            assertTrue(r.ok(), r.failures().toString());
            documents = StoredDocuments.count(store.dataset());
        }
        Path journal = DatabaseOps.findStorageLocation(Location.create(dir)).resolve(TornJournal.FILE);
        // What a writer killed between the two writes of an entry leaves: the header, announcing a body of 16 bytes.
        Files.write(journal, header(16, 0x1234), StandardOpenOption.APPEND);

        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            assertEquals(documents, StoredDocuments.count(store.dataset()));
        }
        assertEquals(0, Files.size(journal), "recovery ran and emptied the journal");
    }

    @Test
    void onlyAnEntryThatCannotBeReadWholeAtTheEndIsTorn() throws IOException {
        byte[] good = entry(16, true);
        assertEquals(-1, tornEntry(good, good), "entries that read whole");
        assertEquals(-1, tornEntry(), "an empty journal");
        assertEquals(good.length, tornEntry(good, header(16, 0)), "a header without its body");
        assertEquals(good.length, tornEntry(good, new byte[HEADER - 3]), "a header cut short");
        assertEquals(good.length, tornEntry(good, entry(16, false)), "the last entry, whole but with a wrong checksum");
        assertEquals(-1, tornEntry(entry(16, false), good), "a wrong checksum with an entry after it is damage, not a torn write");
    }

    @Test
    void aStoreThatOpensIsNotTouched() throws IOException {
        Path dir = tmp.resolve("store");
        try (PolicyGraphStore store = PolicyGraphStore.open(dir)) {
            assertEquals(dir, store.location());
        }
        assertTrue(!TornJournal.cutIfTorn(dir), "an empty journal has nothing to cut");
        assertThrows(StoreException.class, () -> PolicyGraphStore.openExisting(tmp.resolve("none")));
    }

    private long tornEntry(byte[]... parts) throws IOException {
        Path file = Files.createTempFile(tmp, "journal", ".jrnl");
        for (byte[] p : parts)
            Files.write(file, p, StandardOpenOption.APPEND);
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return TornJournal.tornEntry(channel);
        }
    }

    private static final int HEADER = 12 + ComponentId.SIZE;

    /** A header as Jena writes it: body length, checksum, entry type, the component id. */
    private static byte[] header(int length, int checksum) {
        ByteBuffer b = ByteBuffer.allocate(HEADER);
        b.putInt(length).putInt(checksum).putInt(REDO).put(new byte[ComponentId.SIZE]);
        return b.array();
    }

    /** A whole entry with a body of {@code length} bytes, its checksum right or not. */
    private static byte[] entry(int length, boolean rightChecksum) {
        byte[] body = new byte[length];
        for (int i = 0; i < length; i++)
            body[i] = (byte) i;
        Adler32 adler = new Adler32();
        adler.update(header(length, 0));
        adler.update(body);
        int crc = (int) adler.getValue() + (rightChecksum ? 0 : 1);
        return ByteBuffer.allocate(HEADER + length).put(header(length, crc)).put(body).array();
    }
}
