package org.policygraph.store;

import java.util.concurrent.atomic.AtomicReference;

/** A compaction run on a thread of its own, for tests that query or write while it runs. */
public final class CompactionThread {

    private final AtomicReference<Compaction.Result> result = new AtomicReference<>();
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private final Thread thread;

    private CompactionThread(PolicyGraphStore store, long holdWritersAbove) {
        thread = new Thread(() -> {
            try {
                result.set(Compaction.run(store, DerivedData.NONE, holdWritersAbove));
            } catch (Throwable t) {
                failure.set(t);
            }
        });
    }

    /** Starts compacting {@code store}. */
    public static CompactionThread start(PolicyGraphStore store) {
        return start(store, GrowthBrake.NONE);
    }

    /** Starts compacting {@code store}, holding writers once its live generation passes {@code holdWritersAbove} bytes. */
    public static CompactionThread start(PolicyGraphStore store, long holdWritersAbove) {
        CompactionThread c = new CompactionThread(store, holdWritersAbove);
        c.thread.start();
        return c;
    }

    public boolean isAlive() {
        return thread.isAlive();
    }

    /** Waits for it to end; returns its result, or null when it failed ({@link #failure}). */
    public Compaction.Result join() throws InterruptedException {
        thread.join();
        return result.get();
    }

    /** What it failed with, if it did. */
    public Throwable failure() {
        return failure.get();
    }
}
