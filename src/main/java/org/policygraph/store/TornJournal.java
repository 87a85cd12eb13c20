package org.policygraph.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.zip.Adler32;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.base.file.ProcessFileLock;
import org.apache.jena.dboe.transaction.txn.ComponentId;
import org.apache.jena.tdb2.sys.DatabaseConnection;

/**
 * The end of a TDB2 journal that a killed writer left half-written. TDB2 writes a journal entry's
 * header and its body in two writes, so a process killed between them leaves a header without its
 * body; on the next open TDB2's recovery reads to the end of the file and fails on that entry
 * ("Failed to read the journal entry data"), and the store no longer opens. Such an entry belongs to
 * a transaction that had not committed: its commit entry would have come after it. Cutting the file
 * where that entry starts loses nothing recovery would have kept, and recovery then discards the
 * rest of that transaction as it does for any transaction without a commit.
 * <p>
 * Only an entry that cannot be read whole and is the last thing in the file is cut: its header or
 * its body runs past the end of the file, or it ends at the end of the file and its checksum does
 * not match (a body written in part). An unreadable entry with entries after it is damage, not an
 * interrupted write, and is left for the open to refuse. The layout read here is Jena's
 * ({@code org.apache.jena.dboe.transaction.txn.journal.Journal}): a header of length, Adler-32
 * checksum and entry type (four-byte integers, big-endian) and the component id
 * ({@link ComponentId#SIZE} bytes), then the body.
 * <pre>{@code
 * TornJournal.cutIfTorn(storeDir);   // then connect
 * }</pre>
 */
final class TornJournal {

    /** The journal's file name in a storage generation ({@code Data-NNNN}). */
    static final String FILE = "journal.jrnl";
    private static final int HEADER = 4 + 4 + 4 + ComponentId.SIZE;
    private static final int CHECKSUM_AT = 4;

    private TornJournal() {
    }

    /**
     * Cuts the torn last entry off the journal of the store in {@code storeDir}'s current
     * generation, if it has one; before the store is connected. The journal is read first without
     * the store's lock (an empty journal, the common case, costs one look at its size); a torn
     * entry is cut only under the lock, so that it is not the entry another process is writing at
     * that moment. When another process, or this one, has the store open, nothing is done.
     *
     * @return whether the journal was cut
     */
    static boolean cutIfTorn(Path storeDir) {
        Path journal = journalOf(storeDir);
        if (journal == null || !torn(journal))
            return false;
        ProcessFileLock lock = DatabaseConnection.lockForLocation(Location.create(storeDir));
        boolean mine;
        try {
            mine = lock.tryLock();
        } catch (RuntimeException alreadyHere) {
            return false;
        }
        if (!mine)
            return false;
        try {
            return cut(journal);
        } finally {
            // Released, not unlocked: an unlocked ProcessFileLock keeps its spent file lock and
            // refuses to lock again, and TDB2 takes the lock anew when it connects.
            ProcessFileLock.release(lock);
        }
    }

    /** The journal of the store's current generation, or null when there is none or it is empty. */
    private static Path journalOf(Path storeDir) {
        // Not TDB2's own lookup, which refuses the Data-NNNN-tmp a killed compaction leaves (its open clears that).
        String generation = CompactedSize.currentGeneration(storeDir);
        if (generation.isEmpty())
            return null;
        Path journal = storeDir.resolve(generation).resolve(FILE);
        try {
            return Files.isRegularFile(journal) && Files.size(journal) > 0 ? journal : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static boolean torn(Path journal) {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ)) {
            return tornEntry(channel) >= 0;
        } catch (IOException e) {
            throw new StoreException("Cannot read the journal " + journal + ": " + e.getMessage(), e);
        }
    }

    private static boolean cut(Path journal) {
        try (FileChannel channel = FileChannel.open(journal, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
            long tornAt = tornEntry(channel);
            if (tornAt < 0)
                return false;
            channel.truncate(tornAt);
            channel.force(true);
            return true;
        } catch (IOException e) {
            throw new StoreException("Cannot repair the journal " + journal + ": " + e.getMessage(), e);
        }
    }

    /** Where the torn last entry of the journal starts, or -1 when every entry reads whole or the damage is not at the end. */
    static long tornEntry(FileChannel channel) throws IOException {
        long size = channel.size();
        long at = 0;
        ByteBuffer header = ByteBuffer.allocate(HEADER);
        while (at < size) {
            if (size - at < HEADER)
                return at;
            header.clear();
            readFully(channel, header, at);
            int length = Math.max(0, header.getInt(0));
            long end = at + HEADER + length;
            if (end > size)
                return at;
            ByteBuffer body = ByteBuffer.allocate(length);
            readFully(channel, body, at + HEADER);
            if (checksum(header, body) != header.getInt(CHECKSUM_AT))
                return end == size ? at : -1;
            at = end;
        }
        return -1;
    }

    /** The entry's Adler-32 as Jena computes it: over the header with its checksum field zero, then the body. */
    private static int checksum(ByteBuffer header, ByteBuffer body) {
        byte[] h = header.array().clone();
        ByteBuffer.wrap(h).putInt(CHECKSUM_AT, 0);
        Adler32 adler = new Adler32();
        adler.update(h);
        adler.update(body.array());
        return (int) adler.getValue();
    }

    private static void readFully(FileChannel channel, ByteBuffer into, long position) throws IOException {
        long p = position;
        while (into.hasRemaining()) {
            int n = channel.read(into, p);
            if (n < 0)
                throw new IOException("journal shorter than its entries");
            p += n;
        }
    }
}
