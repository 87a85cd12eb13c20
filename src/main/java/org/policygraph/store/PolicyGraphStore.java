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
import org.apache.jena.tdb2.sys.TDBInternal;

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

    private final Path location;
    private final DatasetGraph dataset;

    private PolicyGraphStore(Path location, DatasetGraph dataset) {
        this.location = location;
        this.dataset = dataset;
    }

    /**
     * Opens (creating when needed) the store in {@code dir}.
     *
     * @throws StoreException at once, naming the other process, when another process has the store open
     */
    public static PolicyGraphStore open(Path dir) {
        if (isAbsentOrEmpty(dir))
            createAtomically(dir);
        DatasetGraph dsg;
        try {
            dsg = DatabaseMgr.connectDatasetGraph(Location.create(dir));
        } catch (RuntimeException e) {
            Optional<String> holder = StoreLock.holder(e);
            if (holder.isPresent())
                throw new StoreException("Store " + dir + " is in use by " + holder.get()
                        + "; stop that process first, or use another --store", e);
            throw new StoreException("Cannot open store " + dir + ": " + e.getMessage(), e);
        }
        dsg.getContext().set(TDB2.symUnionDefaultGraph, true);
        return new PolicyGraphStore(dir, dsg);
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
     * Creates a new, empty store beside {@code dir} and moves it into place in one step: a process
     * killed while TDB2 lays out its files leaves no half-made store behind, only a folder the next
     * attempt clears.
     */
    private static void createAtomically(Path dir) {
        Path parent = dir.toAbsolutePath().getParent();
        Path building = parent.resolve("." + dir.getFileName() + ".creating-" + ProcessHandle.current().pid());
        try {
            Files.createDirectories(parent);
            deleteTree(building);
            Files.createDirectories(building);
            DatasetGraph fresh = DatabaseMgr.connectDatasetGraph(Location.create(building));
            Txn.executeWrite(fresh, () -> { });
            TDBInternal.expel(fresh);
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

    /** The dataset; every access must be inside a transaction. */
    public DatasetGraph dataset() {
        return dataset;
    }

    /** The folder the store lives in. */
    public Path location() {
        return location;
    }

    /** Closes the store and releases it (and its lock file) for other processes. */
    @Override
    public void close() {
        // TDB2 keeps a closed location cached and locked by this JVM; expelling it lets another process open it.
        TDBInternal.expel(dataset);
    }
}
