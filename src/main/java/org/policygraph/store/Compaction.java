package org.policygraph.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

import org.apache.jena.dboe.storage.system.DatasetGraphTxnCtl;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Gives back the space replaced documents left behind. TDB2 is copy-on-write: a replaced graph's
 * old blocks stay in the files until the store is compacted, which copies the live data into a new
 * generation folder ({@code Data-NNNN}) and switches to it.
 * <p>
 * Jena's compaction lets readers go on during the copy, but a read transaction that spans the
 * switch ends on the new generation while its transaction on the old one stays open, and Jena then
 * waits for that one forever before it lets go of the old generation (found by CompactionTest: four
 * readers querying throughout hung every compaction). So the compaction holds the store in
 * exclusive mode: it waits for the transactions under way to finish, and new readers and writers
 * wait until it is done; none fails. Queries are held for as long as the copy takes (about the time
 * of a backup of the store), which is why the server compacts only when the waste passes a
 * threshold. A compaction that fails (a full file system) deletes its half-made copy and leaves the
 * store on its old generation, whole.
 * <pre>{@code
 * Compaction.Result r = Compaction.run(store, DerivedData.NONE);
 * }</pre>
 */
public final class Compaction {

    /**
     * What a compaction did.
     *
     * @param before     bytes of the store folder before
     * @param after      bytes after
     * @param took       time taken
     * @param generation the generation folder now in use
     */
    public record Result(long before, long after, Duration took, String generation) {

        /** One line for the log and the command line. */
        public String summary() {
            return StoreSize.human(before) + " -> " + StoreSize.human(after) + " in "
                    + String.format(java.util.Locale.ROOT, "%.1f s", took.toMillis() / 1000.0) + " (now " + generation + ")";
        }
    }

    private Compaction() {
    }

    /**
     * Compacts {@code store}, then brings {@code derived} in step.
     *
     * @throws StoreException naming the store when the file system is full or the copy fails; the store is then unchanged
     */
    public static Result run(PolicyGraphStore store, DerivedData derived) {
        Path dir = store.location();
        long start = System.nanoTime();
        long before = StoreSize.of(dir);
        // One compaction at a time per store: Jena's own lock is JVM-wide, ours also covers the clean-up and the record.
        synchronized (store) {
            DatasetGraph dsg = store.dataset();
            DatasetGraphTxnCtl exclusive = dsg instanceof DatasetGraphTxnCtl c ? c : null;
            if (exclusive != null)
                exclusive.startExclusiveMode();
            try {
                DatabaseMgr.compact(dsg, true);
            } catch (RuntimeException | InternalError e) {
                if (NoSpace.causedIn(e, dir))
                    throw new StoreException("File system full: cannot compact store " + dir + " (it needs room for a copy of"
                            + " its live data, up to " + StoreSize.human(before) + "; " + StoreSize.human(NoSpace.usableSpace(dir))
                            + " free). The store is unchanged.", e);
                throw new StoreException("Cannot compact store " + dir + ": " + e.getMessage() + ". The store is unchanged.", e);
            } finally {
                if (exclusive != null)
                    exclusive.finishExclusiveMode();
            }
            deleteOlderGenerations(dir);
            CompactedSize now = CompactedSize.record(dir);
            derived.bringInStep(store, DerivedData.Cause.COMPACTED);
            return new Result(before, now.bytes(), Duration.ofNanos(System.nanoTime() - start), now.generation());
        }
    }

    /**
     * Deletes generations older than the one in use: Jena deletes the one it compacted from, but a
     * process that stopped between the switch and that deletion leaves it behind, and nothing else
     * ever reads it again.
     */
    private static void deleteOlderGenerations(Path dir) {
        String current = CompactedSize.currentGeneration(dir);
        try (DirectoryStream<Path> gens = Files.newDirectoryStream(dir, "Data-[0-9]*")) {
            for (Path g : gens)
                if (Files.isDirectory(g) && g.getFileName().toString().matches("Data-\\d+")
                        && number(g.getFileName().toString()) < number(current))
                    deleteTree(g);
        } catch (IOException e) {
            // Only disk space is at stake; the next compaction tries again.
        }
    }

    private static long number(String generation) {
        return Long.parseLong(generation.substring(generation.indexOf('-') + 1));
    }

    private static void deleteTree(Path p) throws IOException {
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(q);
        }
    }
}
