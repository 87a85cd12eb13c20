package org.policygraph.store;

import java.nio.file.Path;

/**
 * Holds a compaction's writers once the live store passes a size during the copy. Writers go on
 * while a compaction copies, and every document they replace leaves its old blocks in the live
 * generation: on a copy of minutes under a steady feed the live store grew to 2.4x its compacted
 * size, over the bound the store is kept under. Past the limit the write gate is closed for the rest
 * of the compaction, as it was for the whole copy before writers were let on: what they would write
 * waits for the switch and lands on the compacted generation.
 * <p>
 * Checked by the compacting thread only, every so often during the copy and its first catch-up.
 */
final class GrowthBrake implements AutoCloseable {

    /** No limit: writers are never held before the catch-up. */
    static final long NONE = Long.MAX_VALUE;

    private final Path dir;
    private final long limit;
    private final WriteGate gate;
    private WriteGate.Closed closed;
    private long engagedAt;

    /**
     * @param limit live bytes of the store above which writers are held ({@link #NONE}: never)
     */
    GrowthBrake(Path dir, long limit, WriteGate gate) {
        this.dir = dir;
        this.limit = limit;
        this.gate = gate;
    }

    /** Holds writers from now on if the live store has passed the limit. */
    void check() {
        if (closed != null || limit == NONE || StoreSize.live(dir) <= limit)
            return;
        closed = gate.close();
        engagedAt = System.nanoTime();
    }

    /** When writers began to be held here ({@link System#nanoTime}), or {@code otherwise} when they were not. */
    long heldSince(long otherwise) {
        return closed == null ? otherwise : engagedAt;
    }

    /** Lets writers go on again (the gate may still be closed by the catch-up that follows). */
    @Override
    public void close() {
        if (closed != null)
            closed.close();
        closed = null;
    }
}
