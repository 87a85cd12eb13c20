package org.policygraph.maintenance;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.policygraph.store.DerivedData;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.WriteGate;

/**
 * The upkeep of a served store, on one thread of its own so that a backup and a compaction never
 * run at once: backup requests are served within a second, and the store's waste is checked every
 * {@code compactEvery} and after each write through the store's {@link WriteGate} (one check queued
 * at a time; no checks when the threshold is 0).
 * <pre>{@code
 * try (StoreMaintenance m = StoreMaintenance.start(store, 1.3, Duration.ofMinutes(1), DerivedData.NONE)) { ... }
 * }</pre>
 */
public final class StoreMaintenance implements AutoCloseable {

    private final ScheduledExecutorService timer;
    private WriteGate.Listening afterWrites = () -> { };

    private StoreMaintenance() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "policygraph-maintenance");
            t.setDaemon(true);
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
            AtomicBoolean queued = new AtomicBoolean();
            m.afterWrites = WriteGate.of(store.dataset()).afterEachWrite(() -> {
                if (!queued.compareAndSet(false, true))
                    return;
                try {
                    m.timer.execute(() -> {
                        queued.set(false);
                        auto.checkAfterWrite();
                    });
                } catch (RejectedExecutionException e) {
                    // Stopping: no more checks.
                }
            });
        }
        return m;
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
