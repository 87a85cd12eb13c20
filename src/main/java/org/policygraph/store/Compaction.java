package org.policygraph.store;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Locale;
import java.util.stream.Stream;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.dboe.transaction.txn.TransactionCoordinator;
import org.apache.jena.riot.system.StreamRDF;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.loader.DataLoader;
import org.apache.jena.tdb2.loader.LoaderFactory;
import org.apache.jena.tdb2.loader.main.LoaderPlans;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.sys.CopyDSG;
import org.apache.jena.tdb2.sys.StoreConnection;

/**
 * Gives back the space replaced documents left behind. TDB2 is copy-on-write: a replaced graph's
 * old blocks stay in the files until the store is compacted, which copies the live data into a new
 * generation folder ({@code Data-NNNN}) and switches to it. Until the old generation is deleted
 * both are on disk: a compaction needs free space for one copy of the live data, at most the live
 * generation's size and about the store's compacted size ({@link CompactedSize}). A full file
 * system during the copy or its catch-up is reported as such, with the store unchanged.
 * <p>
 * Copy, catch-up and switch; Jena's {@code DatabaseOps.compact} copies and switches, with a
 * difference in how transactions meet the switch, and holds writers for the whole copy. Here the
 * copy is made with writers going on, on the old generation: the store's dataset
 * ({@link PinnedDataset}) records the names of the graphs they write ({@link WrittenGraphs}), from
 * before the copy's read transaction begins. A first catch-up, with writers still going on, makes
 * each graph written during the copy what it is live ({@link CatchUp}). Then the store's
 * {@link WriteGate} closes (it waits for the writers under way), and a second catch-up does the same
 * for the graphs written during the first, a few; a write that named no graph has the whole store
 * copied again (with writers held, as they all once were, if it came during the first catch-up).
 * Writers wait for the second catch-up and the switch only (queued, not refused; their writes land
 * on the new generation). Queries go on during the copy and the
 * catch-up, reading the old generation. For the switch, transactions that begin are held at their
 * begin while the finished copy is moved into place and opened (milliseconds); those under way go
 * on, and finish on the old generation, because the store's dataset keeps each transaction on the
 * generation it began on. Jena's container does not: a read transaction that spans its switch
 * ends on the new generation while its transaction on the old one stays open, and Jena then waits
 * for that one forever before it lets go of the old generation (found by CompactionTest: four
 * readers querying throughout hung every compaction). The old generation is closed and deleted once
 * its last transaction has ended; the compaction returns then.
 * <p>
 * A write that is not recorded would be lost with the old generation, so the compaction refuses to
 * switch, and discards its copy, when TDB2 counted more write transactions during the copy than the
 * store's dataset saw (a writer past the dataset), or when anything was written while the gate was
 * closed (a writer past the gate).
 * <p>
 * A compaction that fails (a full file system) deletes its half-made copy and leaves the store on
 * its old generation, whole; a process killed during one leaves either generation complete (the
 * copy is built in {@code Data-NNNN-tmp}, which the next open deletes, and renamed into place only
 * while nothing can write).
 * <pre>{@code
 * Compaction.Result r = Compaction.run(store, DerivedData.NONE);
 * }</pre>
 */
public final class Compaction {

    /**
     * What a compaction did.
     *
     * @param before      bytes of the store folder before
     * @param after       the store's compacted size: the copy, measured before the switch, and the files beside the generations
     * @param took        time taken
     * @param generation  the generation folder now in use
     * @param queriesHeld how long transactions that began at the switch were held (the move and open of the copy)
     * @param oldGenerationKept how long the old generation stayed open after the switch for the queries under way on it
     * @param writersHeld how long the write gate was closed: from the growth brake if it engaged ({@link GrowthBrake}), else the last catch-up, to the switch
     * @param graphsCaughtUp graphs brought up to date with writers held (those written during the first catch-up)
     * @param recopied    whether a write that named no graph had the whole store copied again
     */
    public record Result(long before, long after, Duration took, String generation, Duration queriesHeld,
            Duration oldGenerationKept, Duration writersHeld, int graphsCaughtUp, boolean recopied) {

        /** One line for the log and the command line. */
        public String summary() {
            return StoreSize.human(before) + " -> " + StoreSize.human(after) + " in "
                    + String.format(Locale.ROOT, "%.1f s, writers held %.3f s (catch-up of %d %s and the switch)%s, new queries held"
                            + " %.3f s, old generation kept %.2f s for the queries under way",
                            took.toMillis() / 1000.0, writersHeld.toNanos() / 1e9, graphsCaughtUp, graphsCaughtUp == 1 ? "graph" : "graphs",
                            recopied ? ", copied twice after a write that named no graph" : "",
                            queriesHeld.toNanos() / 1e9, oldGenerationKept.toMillis() / 1000.0)
                    + " (now " + generation + ")";
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
        return run(store, derived, GrowthBrake.NONE);
    }

    /**
     * Compacts {@code store}, holding its writers from the moment its live generation passes
     * {@code holdWritersAbove} bytes during the copy ({@link GrowthBrake}; {@code Long.MAX_VALUE}: never), then
     * brings {@code derived} in step. Writers otherwise go on until the last catch-up.
     *
     * @throws StoreException naming the store when the file system is full or the copy fails; the store is then unchanged
     */
    public static Result run(PolicyGraphStore store, DerivedData derived, long holdWritersAbove) {
        Path dir = store.location();
        long start = System.nanoTime();
        long before = StoreSize.of(dir);
        // One compaction at a time per store; the write gate is the store's own.
        synchronized (store) {
            if (!(store.dataset() instanceof PinnedDataset dataset))
                throw new StoreException("Cannot compact store " + dir + ": not a TDB2 database");
            // It waits for the transactions on the old generation to end: its own would never.
            if (dataset.isInTransaction())
                throw new IllegalStateException("a transaction cannot compact the store it is in");
            long live = StoreSize.live(dir);
            Switched switched;
            try {
                switched = copyCatchUpAndSwitch(dataset, dir, live, holdWritersAbove);
            } catch (StoreException e) {
                throw e;
            } catch (RuntimeException | InternalError e) {
                throw new StoreException("Cannot compact store " + dir + ": " + e.getMessage() + ". The store is unchanged.", e);
            }
            // Writers go on, on the new generation; the old one goes once the queries under way on it are done.
            Duration kept = release(switched.old(), switched.oldDir());
            deleteOlderGenerations(dir);
            // Measured on the copy before the switch: what writers held at the gate write after it is not compacted.
            CompactedSize now = CompactedSize.record(dir, CompactedSize.currentGeneration(dir), switched.compactedBytes(),
                    switched.documents());
            derived.bringInStep(store, DerivedData.Cause.COMPACTED);
            return new Result(before, now.bytes(), Duration.ofNanos(System.nanoTime() - start), now.generation(),
                    switched.held(), kept, switched.writersHeld(), switched.caughtUp(), switched.recopied());
        }
    }

    /** The switch made: the generation left, its folder, how long new transactions and writers were held, what was caught up. */
    private record Switched(PinnedDataset.Retired old, Path oldDir, Duration held, Duration writersHeld, int caughtUp,
            boolean recopied, long compactedBytes, long documents) {
    }

    /**
     * Copies the live data with queries and writers going on, recording the graphs written meanwhile;
     * then, with writers held at the gate, catches the copy up on those graphs and switches, holding
     * transactions that begin during the switch itself.
     */
    private static Switched copyCatchUpAndSwitch(PinnedDataset dataset, Path dir, long live, long holdWritersAbove) {
        DatasetGraphTDB old = (DatasetGraphTDB) dataset.container().get();
        Path oldDir = Path.of(old.getLocation().getDirectoryPath());
        String name = oldDir.getFileName().toString();
        long number = Long.parseLong(name.substring(name.indexOf('-') + 1));
        Path newDir = oldDir.resolveSibling(String.format(Locale.ROOT, "Data-%04d", number + 1));
        Path tmp = newDir.resolveSibling(newDir.getFileName() + "-tmp");
        if (Files.exists(newDir))
            throw new StoreException("Cannot compact store " + oldDir.getParent() + ": " + newDir.getFileName()
                    + " already exists beside the generation in use, " + name + ". The store is unchanged.");
        TransactionCoordinator oldTxns = old.getTxnSystem().getTxnMgr();
        // Opened before the copy's read transaction begins: whatever that snapshot misses commits later, and is recorded.
        WrittenGraphs written = dataset.startRecording();
        GrowthBrake brake = new GrowthBrake(dir, holdWritersAbove, WriteGate.of(dataset));
        try {
            // Ours is counted after TDB2's at each begin, so read first: a write begun meanwhile can only make ours look higher.
            long oursBefore = dataset.writeTransactionsBegun();
            long tdbBefore = oldTxns.countBeginWrite();
            DatasetGraphTDB copy = copyInto(old, tmp, brake);
            Waypoint.reached(Waypoint.COMPACTION_COPIED);
            // A first catch-up with writers going on, for what was written during the copy (most of it, on a long copy):
            // writers are then held only for what is written during this one, which is short.
            WrittenGraphs.Taken duringCopy = written.take();
            brake.check();
            copy = catchUp(old, copy, tmp, duringCopy, Waypoint.COMPACTION_COPYING, brake);

            long closing = brake.heldSince(System.nanoTime());
            WrittenGraphs.Taken taken;
            PinnedDataset.Held<PinnedDataset.Retired> switched;
            long documents;
            long compactedBytes;
            try (WriteGate.Closed writersWait = WriteGate.of(dataset).close()) {
                // No writer that waits at the gate is under way now.
                if (oldTxns.countBeginWrite() - tdbBefore > dataset.writeTransactionsBegun() - oursBefore)
                    throw new StoreException("Cannot compact store " + oldDir.getParent() + ": it was written to during the copy"
                            + " past its dataset, where the writes are not recorded; the copy is discarded and the store is unchanged");
                taken = written.take();
                long writesAtClose = oldTxns.countBeginWrite();
                copy = catchUp(old, copy, tmp, taken, Waypoint.COMPACTION_CATCHING_UP, brake);
                documents = StoredDocuments.count(copy);
                StoreConnection.internalExpel(copy.getLocation(), true);
                compactedBytes = StoreSize.of(tmp) + StoreSize.outsideGenerations(dir);
                Waypoint.reached(Waypoint.COMPACTION_CAUGHT_UP);

                switched = dataset.holdingNewTransactions(() -> {
                    // A writer that did not wait at the gate, begun since it closed, still under way, or committed after the
                    // catch-up took the recording, would have written to the old generation only.
                    if (oldTxns.countBeginWrite() != writesAtClose || dataset.writersUnderWay() > 0 || written.commits() != taken.commits())
                        throw new StoreException("Cannot compact store " + oldDir.getParent() + ": it was written to during the"
                                + " catch-up by a writer that did not wait at its write gate; the copy is discarded and the store is unchanged");
                    dataset.stopRecording();
                    return switchTo(dataset, old, tmp, newDir);
                });
                Waypoint.reached(Waypoint.COMPACTION_SWITCHED);
            }
            return new Switched(switched.value(), oldDir, switched.held(), Duration.ofNanos(System.nanoTime() - closing),
                    taken.everything() ? 0 : taken.graphs().size(), duringCopy.everything() || taken.everything(), compactedBytes,
                    documents);
        } catch (RuntimeException | Error e) {
            // Judged before the copy is deleted: a fault in a write to a mapped file is put down to a full disk by the room left.
            boolean full = NoSpace.causedIn(e, dir);
            long free = NoSpace.usableSpace(dir);
            discard(tmp);
            if (full)
                throw new StoreException("File system full: cannot compact store " + dir + " (it needs room for a copy of"
                        + " its live data, at most " + StoreSize.human(live) + " in file lengths, less on disk where the"
                        + " files are sparse; " + StoreSize.human(free) + " free). The store is unchanged.", e);
            throw e;
        } finally {
            brake.close();
            dataset.stopRecording();
        }
    }

    /**
     * Brings {@code copy} up to {@code old} for what {@code written} names; returns the copy, which is
     * a new one when a write that no graph name stands for (a clear, say) had everything copied again.
     */
    private static DatasetGraphTDB catchUp(DatasetGraphTDB old, DatasetGraphTDB copy, Path tmp, WrittenGraphs.Taken written,
            String waypoint, GrowthBrake brake) {
        if (!written.everything()) {
            CatchUp.apply(old, copy, written.graphs(), waypoint);
            return copy;
        }
        StoreConnection.internalExpel(copy.getLocation(), true);
        return copyInto(old, tmp, brake);
    }

    /** Copies the live data of {@code old} into a new TDB2 database in {@code tmp}; returns it, open. */
    private static DatasetGraphTDB copyInto(DatasetGraphTDB old, Path tmp, GrowthBrake brake) {
        try {
            deleteTree(tmp);
            Files.createDirectories(tmp);
            copyConfigFiles(Path.of(old.getLocation().getDirectoryPath()), tmp);
        } catch (IOException e) {
            throw new StoreException("Cannot compact store " + tmp.getParent() + ": " + e + ". The store is unchanged.", e);
        }
        DatasetGraphTDB copy = StoreConnection.connectCreate(Location.create(tmp)).getDatasetGraphTDB();
        copy(old, copy, brake);
        return copy;
    }

    /**
     * Closes and deletes the old generation once the last transaction under way on it has ended
     * (none can begin on it any more); returns how long that took. What cannot be deleted now, the
     * next compaction or open of the store deletes.
     */
    private static Duration release(PinnedDataset.Retired old, Path oldDir) {
        long from = System.nanoTime();
        try {
            old.awaitLastTransaction();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Duration.ofNanos(System.nanoTime() - from);
        }
        Duration kept = Duration.ofNanos(System.nanoTime() - from);
        TransactionCoordinator oldTxns = old.storage().getTxnSystem().getTxnMgr();
        // Only a transaction begun on the old generation past the store's dataset could still be there: then leave it be.
        if (!oldTxns.tryExclusiveMode(false))
            return kept;
        StoreConnection.release(old.storage().getLocation());
        Waypoint.reached(Waypoint.COMPACTION_RELEASED);
        try {
            deleteTree(oldDir);
        } catch (IOException e) {
            // Only disk space is at stake: the next compaction deletes older generations.
        }
        return kept;
    }

    /**
     * Moves the copy into place and switches the dataset to it; called with transactions that begin
     * held and no writer under way (queries under way go on, on the old generation). Until the switch is done the new generation must not stay in place: the next open would
     * take it, without what is written to the old one after a failed switch.
     */
    private static PinnedDataset.Retired switchTo(PinnedDataset dataset, DatasetGraphTDB old, Path tmp, Path newDir) {
        TransactionCoordinator oldTxns = old.getTxnSystem().getTxnMgr();
        boolean switched = false;
        try {
            Files.move(tmp, newDir, StandardCopyOption.ATOMIC_MOVE);
            Waypoint.reached(Waypoint.COMPACTION_MOVED);
            DatasetGraphTDB fresh = StoreConnection.connectCreate(Location.create(newDir)).getDatasetGraphTDB();
            TransactionCoordinator freshTxns = fresh.getTxnSystem().getTxnMgr();
            PinnedDataset.Retired[] retired = new PinnedDataset.Retired[1];
            freshTxns.execExclusive(() -> {
                freshTxns.takeOverFrom(oldTxns);
                freshTxns.modifyConfigDirect(() -> oldTxns.listExternals().forEach(freshTxns::addExternal));
                retired[0] = dataset.switchTo(fresh);
            });
            switched = true;
            return retired[0];
        } catch (IOException e) {
            throw new StoreException("Cannot compact store " + newDir.getParent() + ": " + e + ". The store is unchanged.", e);
        } finally {
            if (!switched) {
                discard(newDir);
                discard(tmp);
            }
        }
    }

    /**
     * How the copy is made, as the system property {@code policygraph.compactionCopy} says:
     * {@code phased} (default), TDB2's phased bulk loader, which builds the primary indexes as the
     * quads come and the others from them, in sorted runs; or {@code transactional}, one write
     * transaction adding quad by quad, as Jena's {@code CopyDSG} does. Writers are held for most of a
     * copy under a steady feed, so its length is what they wait. Read at each copy, so that a
     * benchmark can compare both on one store in one run.
     */
    static final String COPY_PROPERTY = "policygraph.compactionCopy";

    /**
     * The quads and prefixes of {@code from} into the new, empty {@code to}, passing a waypoint (and
     * the brake) now and then. The phased loader writes outside any transaction: a kill during it
     * leaves a broken copy, but only in the {@code -tmp} folder that the next open deletes.
     */
    private static void copy(DatasetGraphTDB from, DatasetGraphTDB to, GrowthBrake brake) {
        String how = System.getProperty(COPY_PROPERTY, "phased");
        switch (how) {
            case "phased" -> copyPhased(from, to, brake);
            case "transactional" -> Txn.executeRead(from, () -> Txn.executeWrite(to, () -> {
                sendQuads(from, brake, to::add);
                CopyDSG.copyPrefixes(from, to);
            }));
            default -> throw new IllegalArgumentException(COPY_PROPERTY + ": phased or transactional, not " + how);
        }
    }

    private static void copyPhased(DatasetGraphTDB from, DatasetGraphTDB to, GrowthBrake brake) {
        // A silent monitor: LoaderMain does not accept null here.
        DataLoader loader = LoaderFactory.createLoader(LoaderPlans.loaderPlanPhased, to, (fmt, args) -> { });
        loader.startBulk();
        try {
            StreamRDF stream = loader.stream();
            stream.start();
            Txn.executeRead(from, () -> sendQuads(from, brake, stream::quad));
            stream.finish();
            loader.finishBulk();
        } catch (RuntimeException | Error e) {
            try {
                loader.finishException(e instanceof Exception ex ? ex : new RuntimeException(e));
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
        Txn.executeRead(from, () -> Txn.executeWrite(to, () -> CopyDSG.copyPrefixes(from, to)));
    }

    private static void sendQuads(DatasetGraph from, GrowthBrake brake, java.util.function.Consumer<Quad> to) {
        long n = 0;
        for (Iterator<Quad> it = from.find(); it.hasNext(); n++) {
            if (n % Waypoint.QUADS == 0) {
                brake.check();
                Waypoint.reached(Waypoint.COMPACTION_COPYING);
            }
            to.accept(it.next());
        }
    }

    /** The settings files of a generation (as Jena's compaction copies them). */
    private static void copyConfigFiles(Path from, Path to) throws IOException {
        try (DirectoryStream<Path> files = Files.newDirectoryStream(from, p -> {
            String n = p.getFileName().toString();
            return n.equals("tdb.cfg") || n.endsWith(".opt");
        })) {
            for (Path f : files)
                Files.copy(f, to.resolve(f.getFileName()));
        }
    }

    /** Deletes a copy that is not (or no longer) to be used; what cannot be deleted a -tmp folder's next open does. */
    private static void discard(Path copy) {
        try {
            StoreConnection.internalExpel(Location.create(copy), true);
        } catch (RuntimeException e) {
            // Not open.
        }
        try {
            deleteTree(copy);
        } catch (IOException e) {
            // As above.
        }
    }

    /**
     * Deletes generations older than the one in use: a process that stopped between the switch and
     * the deletion leaves the old one behind, and nothing ever reads it again (TDB2 runs on the
     * highest, and a compaction puts a generation in place only once it is complete). Called after
     * each compaction and when a store is opened.
     */
    static void deleteOlderGenerations(Path dir) {
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
        if (!Files.exists(p))
            return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList())
                Files.deleteIfExists(q);
        }
    }
}
