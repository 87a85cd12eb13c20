package org.policygraph.store;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Supplier;

import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.util.Symbol;

/**
 * Where the writers of a served store wait while a compaction catches its copy up and switches to
 * it. The copy itself is made with writers going on (the store's dataset records which graphs they
 * write, {@link PinnedDataset}); the gate is closed only for the catch-up of those graphs and the
 * switch, so that nothing is written to the old generation after the catch-up has read it. Jena's
 * own way of holding writers during a compaction makes them wait inside the dataset's transaction
 * machinery, where a waiting writer already counts as a transaction under way; the compaction could
 * then never hold queries for its switch without waiting for that writer, which waits for it.
 * Writers that go through this gate wait before they begin, holding nothing. A writer that waits is
 * delayed, never refused: its write lands on the new generation.
 * <p>
 * One gate per dataset, kept in its context (the same object for the life of the store, across
 * compactions). Every writer of a served store must pass it: the ingester's commits (one batch at
 * a time, so a compaction waits for one commit, not for a whole ingest run), the update endpoint,
 * the linker, harvest imports and the server's vocabulary graph do. A write that does not, made
 * while the gate is closed (found by Jena's count of write transactions, the dataset's recording, or
 * still under way at the switch), makes the compaction give up rather than lose it.
 * <pre>{@code
 * WriteGate.of(store.dataset()).writing(() -> commit(batch, report));
 * }</pre>
 */
public final class WriteGate {

    private static final Symbol CONTEXT = Symbol.create("urn:policygraph:write-gate");

    // Not fair: a compaction waiting to close the gate is let in before writers that come after it,
    // which is all the order needed; writers queued behind it go on in any order.
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final List<Runnable> afterWrites = new CopyOnWriteArrayList<>();

    private WriteGate() {
    }

    /** The gate of {@code dsg}, made on first use. */
    public static WriteGate of(DatasetGraph dsg) {
        synchronized (dsg.getContext()) {
            if (dsg.getContext().get(CONTEXT) instanceof WriteGate g)
                return g;
            WriteGate g = new WriteGate();
            dsg.getContext().set(CONTEXT, g);
            return g;
        }
    }

    /** Runs {@code work}, which writes to the store, once no compaction is catching up or switching. */
    public <T> T writing(Supplier<T> work) {
        lock.readLock().lock();
        try {
            return work.get();
        } finally {
            lock.readLock().unlock();
            // Past the gate again, so that what they start may compact.
            if (lock.getReadHoldCount() == 0)
                afterWrites.forEach(Runnable::run);
        }
    }

    /**
     * Has {@code r} run after each write through the gate (in the writer's thread, outside the gate:
     * it must be quick, say handing work to another thread), until the returned handle is closed.
     * For checks that should follow the store's growth, not a clock.
     */
    public Listening afterEachWrite(Runnable r) {
        afterWrites.add(r);
        return () -> afterWrites.remove(r);
    }

    /** A listener of {@link #afterEachWrite}; closing it stops it. */
    public interface Listening extends AutoCloseable {
        @Override
        void close();
    }

    /** Same, for work without a result. */
    public void writing(Runnable work) {
        writing(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Whether writers are held now: a compaction has closed the gate. Everything written to the
     * store waits for that compaction to finish, so what else the process runs meanwhile (queries)
     * may give it room ({@code QueryAdmission} in the server does).
     */
    public boolean writersHeld() {
        return lock.isWriteLocked();
    }

    /** Writers waiting for the gate to open again (an estimate, for tests and the log). */
    public int waiting() {
        return lock.getQueueLength();
    }

    /** Closes the gate: waits for the writers under way; later ones wait until {@link Closed#close}. */
    Closed close() {
        if (lock.getReadHoldCount() > 0)
            throw new IllegalStateException("a writer cannot compact the store it is writing to");
        lock.writeLock().lock();
        return () -> lock.writeLock().unlock();
    }

    /** The gate held closed; closing this opens it. */
    interface Closed extends AutoCloseable {
        @Override
        void close();
    }
}
