package org.policygraph.maintenance;

import java.time.Duration;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.policygraph.store.DerivedData;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.WriteGate;

/**
 * The upkeep of a served store, on one thread of its own so that a backup and a compaction never
 * run at once: backup requests are served within a second, and the store's waste is checked every
 * {@code compactEvery} and after each write through the store's {@link WriteGate} (one check queued
 * at a time; no checks when the threshold is 0).
 * <p>
 * A writer whose commit took the store past the threshold waits for that check, and so for the
 * compaction it starts, before it writes again. A compaction past the threshold holds the writers
 * for its copy anyway ({@link AutoCompaction}); left to go on, the writer's next commit landed while
 * the check measured the store and the compaction waited for it at the gate: in the one-hour soak a
 * watcher's commit of a landing backlog (256 documents) took the store from 1.33x to 1.52x of its
 * compacted size that way, past the 1.5x it is kept under.
 * <pre>{@code
 * try (StoreMaintenance m = StoreMaintenance.start(store, 1.3, Duration.ofMinutes(1), DerivedData.NONE)) { ... }
 * }</pre>
 */
public final class StoreMaintenance implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private volatile Thread thread;
    private WriteGate.Listening afterWrites = () -> { };
    private Future<?> checkQueued;
    private boolean checkStarted;

    private StoreMaintenance() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policygraph-maintenance");
            t.setDaemon(true);
            thread = t;
            return t;
        });
    }

    /**
     * Starts serving backup requests for {@code store} and, when {@code compactAbove} is above 1,
     * compacting it when its size passes that multiple of its compacted size.
     */
    public static StoreMaintenance start(PolicyGraphStore store, double compactAbove, Duration compactEvery, DerivedData derived) {
        StoreMaintenance m = new StoreMaintenance();
        m.timer.scheduleWithFixedDelay(() -> BackupRequests.serve(store), 0, 1, TimeUnit.SECONDS);
        if (compactAbove > 0) {
            AutoCompaction auto = new AutoCompaction(store, compactAbove, derived);
            m.timer.scheduleWithFixedDelay(auto::check, compactEvery.toMillis(), compactEvery.toMillis(), TimeUnit.MILLISECONDS);
            m.afterWrites = WriteGate.of(store.dataset()).afterEachWrite(() -> m.afterWrite(store, auto));
        }
        return m;
    }

    /**
     * Queues a check of what the write left; waits for it when it may compact. Never on this thread
     * (a compaction's own writes) or in a transaction: a compaction waits for the transactions on the
     * generation it replaces to end.
     */
    private void afterWrite(PolicyGraphStore store, AutoCompaction auto) {
        Future<?> check = queueCheck(auto);
        if (check == null || Thread.currentThread() == thread || store.dataset().isInTransaction() || !auto.mayBeDue())
            return;
        try {
            check.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | CancellationException e) {
            // The check logs its own failures and never throws; a cancelled one means stopping.
        }
    }

    /**
     * The check that will measure the store after the write just made: the one queued, if it has not
     * started (it will see the write), else a new one. Null when stopping.
     */
    private synchronized Future<?> queueCheck(AutoCompaction auto) {
        if (checkQueued != null && !checkStarted && !checkQueued.isDone())
            return checkQueued;
        try {
            checkStarted = false;
            checkQueued = timer.submit(() -> {
                synchronized (this) {
                    checkStarted = true;
                }
                auto.checkAfterWrite();
            });
            return checkQueued;
        } catch (RejectedExecutionException e) {
            return null;
        }
    }

    /** Stops; a backup or compaction under way finishes first. */
    @Override
    public void close() {
        afterWrites.close();
        timer.shutdown();
        try {
            timer.awaitTermination(1, TimeUnit.HOURS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
