package org.policygraph.store;

import java.nio.file.Files;
import java.io.IOException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;
import java.util.Optional;

import org.apache.jena.dboe.base.file.Location;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.store.DatasetGraphSwitchable;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.policygraph.textindex.TextIndex;
import org.policygraph.textindex.TextQueryFunction;

/**
 * The TDB2 store: one named graph per document, the default graph being their union.
 * <pre>{@code
 * try (PolicyGraphStore store = PolicyGraphStore.open(Path.of("data/store"))) {
 *     Txn.executeRead(store.dataset(), () -> ...);
 * }
 * }</pre>
 */
public final class PolicyGraphStore implements AutoCloseable {

    /** The default store folder, relative to the working directory. */
    public static final Path DEFAULT_LOCATION = Path.of("data", "store");

    /**
     * How the store's files are read: memory-mapped (Jena's default), or block by block through
     * read calls, for a run that touches a small part of a store scattered over its files.
     */
    private enum FileAccess {
        MAPPED, DIRECT
    }

    private final Path location;
    private final FileAccess access;
    private volatile PinnedDataset dataset;
    private volatile TextIndex textIndex;

    private PolicyGraphStore(Path location, FileAccess access, PinnedDataset dataset) {
        this.location = location;
        this.access = access;
        this.dataset = dataset;
        this.textIndex = openTextIndex(location, dataset);
    }

    /** The store's full-text index, in step with it, and offered to its queries as {@code text:query}. */
    private static TextIndex openTextIndex(Path dir, PinnedDataset dsg) {
        TextQueryFunction.register();
        TextIndex index;
        try {
            index = TextIndex.openFor(dir, dsg);
        } catch (RuntimeException e) {
            TDBInternal.expel(dsg.container());
            // Bringing the index in step writes to it (a journal left by a failed ingest, say): on a full disk that cannot be done.
            if (NoSpace.causedIn(e, dir))
                throw new StoreException("File system full: cannot bring the text index of store " + dir + " in step ("
                        + NoSpace.usableSpace(dir) / 1024 + " KiB free); the store is unchanged: free some space and run again", e);
            throw new StoreException("Cannot open the text index of store " + dir + ": " + e.getMessage()
                    + " (delete " + TextIndex.folderOf(dir) + " to have it rebuilt)", e);
        }
        dsg.getContext().set(TextIndex.CONTEXT, index);
        return index;
    }

    /**
     * Opens (creating when needed) the store in {@code dir}.
     *
     * @throws StoreException at once, naming the other process, when another process has the store open;
     *         naming the folder and how to rebuild it, when the store is of an older format ({@link StoreFormat})
     */
    public static PolicyGraphStore open(Path dir) {
        return open(dir, FileAccess.MAPPED);
    }

    /**
     * Opens (creating when needed) the store in {@code dir} for one ingest run, which changes a few
     * documents of a store that already holds many, or builds a new one. A store that exists is read
     * block by block rather than memory-mapped: the run looks up and rewrites index blocks scattered
     * over files of gigabytes, and on a page cache that does not hold them each first touch of a
     * mapped page has the kernel read ahead around it (as far as the disk's {@code read_ahead_kb},
     * 8 MiB on the benchmark machines), so that changing 1% of 100,000 documents read most of the
     * store from disk (bench/RESULTS.md). A new store is mapped as usual, and so are the stores a
     * run builds beside this one (a bulk build into an empty store, its scratch store): read
     * directly, a bulk build took half as long again.
     */
    public static PolicyGraphStore openForIngest(Path dir) {
        return open(dir, isAbsentOrEmpty(dir) ? FileAccess.MAPPED : FileAccess.DIRECT);
    }

    private static PolicyGraphStore open(Path dir, FileAccess access) {
        if (isAbsentOrEmpty(dir))
            createAtomically(dir);
        else
            StoreFormat.check(dir);
        PolicyGraphStore store = new PolicyGraphStore(dir, access, connect(dir, access));
        store.clearAbandonedSideFolders();
        Compaction.deleteOlderGenerations(dir);
        Summaries.ensureCurrent(store.dataset());
        return store;
    }

    private static PinnedDataset connect(Path dir, FileAccess access) {
        DatasetGraph dsg;
        try {
            // What a writer killed in the middle of a journal entry left would stop TDB2's recovery.
            TornJournal.cutIfTorn(dir);
            dsg = connectTdb(dir, access);
        } catch (RuntimeException e) {
            throw refused(dir, e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new PinnedDataset((DatasetGraphSwitchable) dsg);
    }

    private static DatasetGraph connectTdb(Path dir, FileAccess access) {
        return access == FileAccess.DIRECT
                ? IndexFileMode.directWhile(() -> DatabaseMgr.connectDatasetGraph(Location.create(dir)))
                : DatabaseMgr.connectDatasetGraph(Location.create(dir));
    }

    /** Why the store in {@code dir} could not be connected: another process has it, or what TDB2 said. */
    private static StoreException refused(Path dir, RuntimeException e) {
        Optional<String> holder = StoreLock.holder(e);
        if (holder.isPresent())
            return new StoreException("Store " + dir + " is in use by " + holder.get()
                    + "; stop that process first, or use another --store", e);
        return new StoreException("Cannot open store " + dir + ": " + e.getMessage(), e);
    }

    /**
     * A folder beside the store for work that must not touch the store until it is complete (for
     * example {@code "bulk"}): named after the store, the purpose and this process, so that a later
     * {@link #open} can tell an abandoned one from one still in use. Any leftover of this process is
     * cleared first.
     */
    Path sideFolder(String purpose) {
        Path side = sibling(purpose + "-" + ProcessHandle.current().pid());
        try {
            deleteTree(side);
        } catch (IOException e) {
            throw new StoreException("Cannot clear " + side + ": " + e.getMessage(), e);
        }
        return side;
    }

    /** Deletes a side folder of abandoned work; what cannot be deleted now the next open clears. */
    void discardSideFolder(Path side) {
        try {
            deleteTree(side);
        } catch (IOException | RuntimeException e) {
            // Only disk space is at stake.
        }
    }

    private Path sibling(String suffix) {
        return sibling(location, suffix);
    }

    /** {@code .NAME.SUFFIX} beside {@code dir}: the one naming {@link #clearAbandonedSideFolders} recognises. */
    private static Path sibling(Path dir, String suffix) {
        Path abs = dir.toAbsolutePath();
        return abs.getParent().resolve("." + abs.getFileName() + "." + suffix);
    }

    /**
     * Puts the store built in {@code built} (closed, beside this one) in place of this store's
     * contents, marked with the current {@link StoreFormat}, and reopens it. Two renames and no copying: a process killed between them leaves no
     * store folder, which the next {@link #open} creates empty, so this is for replacing an empty
     * store only, where that loses nothing. Readers must fetch {@link #dataset()} again afterwards.
     */
    synchronized void replaceEmptyWith(Path built) {
        Path old = sibling("replaced-" + ProcessHandle.current().pid());
        textIndex.close();
        TDBInternal.expel(dataset.container());
        try {
            StoreFormat.write(built);
            deleteTree(old);
            Files.move(location, old, StandardCopyOption.ATOMIC_MOVE);
            Files.move(built, location, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            if (!Files.exists(location) && Files.exists(old))
                moveBack(old, e);
            dataset = connect(location, access);
            textIndex = openTextIndex(location, dataset);
            throw new StoreException("Cannot move the store built in " + built + " into " + location + ": "
                    + e.getMessage(), e);
        }
        dataset = connect(location, access);
        textIndex = openTextIndex(location, dataset);
        try {
            deleteTree(old);
        } catch (IOException e) {
            // The new store is in place; the empty old one is cleared by the next open.
        }
    }

    private void moveBack(Path old, Exception cause) {
        try {
            Files.move(old, location, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }

    /**
     * Deletes side folders ({@code .store.creating-PID}, {@code .store.bulk-PID}, ...) left by
     * processes that no longer run: a build killed half-way leaves one behind.
     */
    private void clearAbandonedSideFolders() {
        Path abs = location.toAbsolutePath();
        String prefix = "." + abs.getFileName() + ".";
        try (Stream<Path> siblings = Files.list(abs.getParent())) {
            for (Path p : siblings.toList()) {
                String name = p.getFileName().toString();
                int dash = name.lastIndexOf('-');
                if (!name.startsWith(prefix) || dash < 0)
                    continue;
                long pid;
                try {
                    pid = Long.parseLong(name.substring(dash + 1));
                } catch (NumberFormatException e) {
                    continue;
                }
                if (pid == ProcessHandle.current().pid() || ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false))
                    continue;
                deleteTree(p);
            }
        } catch (IOException e) {
            // Leftovers only cost disk space; never refuse to open a good store over them.
        }
    }

    private static boolean isAbsentOrEmpty(Path dir) {
        if (!Files.exists(dir))
            return true;
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new StoreException("Cannot read store folder " + dir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates a new, empty store beside {@code dir}, marked with the current {@link StoreFormat}, and
     * moves it into place in one step: a process killed while TDB2 lays out its files leaves no
     * half-made or unmarked store behind, only a folder the next attempt clears.
     */
    private static void createAtomically(Path dir) {
        Path parent = dir.toAbsolutePath().getParent();
        Path building = sibling(dir, "creating-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(parent);
            deleteTree(building);
            Files.createDirectories(building);
            DatasetGraph fresh = DatabaseMgr.connectDatasetGraph(Location.create(building));
            Txn.executeWrite(fresh, () -> { });
            TDBInternal.expel(fresh);
            StoreFormat.write(building);
            Files.deleteIfExists(dir);
            Files.move(building, dir, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            throw new StoreException("Cannot create store " + dir + ": " + e.getMessage(), e);
        }
    }

    private static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p))
            return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList())
                Files.delete(q);
        }
    }

    /** Opens an existing store for reading; fails with a clear message when there is none. */
    public static PolicyGraphStore openExisting(Path dir) {
        if (!Files.isDirectory(dir))
            throw new StoreException("No store at " + dir + " (run 'policygraph ingest' first, or give --store)");
        return open(dir);
    }

    /**
     * The dataset; every access must be inside a transaction, which runs wholly on the generation it
     * began on ({@link PinnedDataset}), across a compaction too.
     */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** The store's full-text index; its writers keep it in step (see {@link TextIndex}). */
    public TextIndex textIndex() {
        return textIndex;
    }

    /** The folder the store lives in. */
    public Path location() {
        return location;
    }

    /** Closes the store and releases it (and its lock file) for other processes. */
    @Override
    public void close() {
        try {
            textIndex.close();
        } finally {
            // TDB2 keeps a closed location cached and locked by this JVM; expelling it lets another process open it.
            TDBInternal.expel(dataset.container());
        }
    }
}
