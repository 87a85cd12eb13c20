package org.policygraph.maintenance;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

import org.policygraph.store.CompactedSize;
import org.policygraph.store.Compaction;
import org.policygraph.store.DerivedData;
import org.policygraph.store.NoSpace;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoreException;
import org.policygraph.store.StoreSize;
import org.policygraph.store.StoredDocuments;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Compacts a served store when its waste passes a threshold. Waste is judged by the store's size
 * against what it would take compacted: its size right after its last compaction, and what the
 * documents added since take, at the size per document learnt from two compactions
 * ({@link CompactedSize#expectedFor}). Replaced documents leave their old blocks behind, so the ratio
 * grows with every change. Until a size per document is learnt, new documents grow the ratio as
 * well; a compaction then gives little back but raises the baseline with them, so compactions come
 * at sizes growing by the threshold's factor and their cost stays in proportion to the store. A
 * store with no recorded compacted size (built by transactions, or by an older version) is
 * compacted at the first check, which measures it. The size judged is the live generation's
 * ({@link StoreSize#live}): during a compaction the folder holds the copy as well, and peaks at the
 * live size plus one copy, so a compaction is started only when the file system has room for a copy
 * of about the compacted size. A compaction that cannot start or fails (a full file system) is
 * logged and tried again after twice as many checks each time, up to 64.
 * <p>
 * While a compaction copies, writers are held once the store is past {@link #holdWritersAbove}
 * (the threshold), until the switch.
 * <p>
 * Checked every so often, and after writes ({@link #checkAfterWrite}): with a check only every 30
 * seconds, the soak's store grew to 1.48x its compacted size against a threshold of 1.3x between
 * two of them.
 */
public final class AutoCompaction {

    private static final Logger LOG = LoggerFactory.getLogger("policygraph");
    private static final int MAX_BACKOFF = 64;

    private final PolicyGraphStore store;
    private final double threshold;
    private final DerivedData derived;
    private int backoff = 1;
    private int skip;

    /**
     * @param threshold size over compacted size above which the store is compacted (above 1)
     * @param derived   brought in step after each compaction
     */
    public AutoCompaction(PolicyGraphStore store, double threshold, DerivedData derived) {
        if (!(threshold > 1))
            throw new IllegalArgumentException("compaction threshold must be above 1, not " + threshold);
        this.store = store;
        this.threshold = threshold;
        this.derived = derived;
    }

    /**
     * The live size past which a compaction under way holds the writers: the threshold itself. With
     * half the threshold's margin above it (1.45x for 1.3x) the 30-minute soak's store reached
     * 1.59x-1.63x: writes under way when the gate closes, and the files' growth, took it 0.15x-0.18x
     * past the limit, over the 1.5x the store is kept under. A compaction starts above the
     * threshold, so under serve writers are held for its copy as before; the catch-up then brings in
     * only what was written while the gate closed.
     */
    long holdWritersAbove(long compactedBytes) {
        return (long) (compactedBytes * threshold);
    }

    /**
     * Whether a check now might compact: the live store is past the threshold against its bare
     * compacted size (or has none recorded). Cheap (a walk over the generation's files, no
     * transaction), so that a writer can ask after every commit.
     */
    boolean mayBeDue() {
        Path dir = store.location();
        return skip == 0 && CompactedSize.read(dir).map(r -> past(StoreSize.live(dir), r.bytes())).orElse(true);
    }

    /** Whether {@code size} is past the threshold against {@code compactedBytes}. */
    private boolean past(long size, long compactedBytes) {
        return size > threshold * compactedBytes;
    }

    /** What the store would take compacted now; the documents are counted only once a size per document is learnt. */
    private long expectedNow(CompactedSize record) {
        return record.perDocument() < 0 ? record.bytes() : record.expectedFor(StoredDocuments.count(store.dataset()));
    }

    /**
     * The check made after a write: the same, but while backing off from a failed compaction it
     * waits for the clock's checks, so that a busy writer does not shorten the wait.
     */
    public Optional<Compaction.Result> checkAfterWrite() {
        return skip > 0 ? Optional.empty() : check();
    }

    /** Measures the store and compacts it when its waste passes the threshold; returns the compaction, if one ran. Never throws. */
    public Optional<Compaction.Result> check() {
        if (skip > 0) {
            skip--;
            return Optional.empty();
        }
        Path dir = store.location();
        try {
            long size = StoreSize.live(dir);
            // What the documents held would take is never below the bare size: they are counted only once that is passed.
            Optional<Long> base = CompactedSize.read(dir).map(r -> past(size, r.bytes()) ? expectedNow(r) : r.bytes());
            String why;
            if (base.isEmpty())
                why = "no compacted size recorded for this store yet";
            else if (past(size, base.get()))
                why = String.format(Locale.ROOT, "%.2fx its compacted size %s for the documents it holds, above %.2fx",
                        (double) size / base.get(), StoreSize.human(base.get()), threshold);
            else
                return Optional.empty();
            // The copy is about that compacted size: never start one that cannot fit.
            long copy = base.orElse(size);
            if (!NoSpace.hasRoomFor(dir, copy))
                throw new StoreException("Not compacting store " + dir + " (" + why + "): the copy a compaction makes needs"
                        + " about " + StoreSize.human(copy) + " and only " + StoreSize.human(NoSpace.free(dir))
                        + " is free on its file system; free some space.");
            LOG.info("Compacting store {} ({}: {})", dir, StoreSize.human(size), why);
            Compaction.Result r = Compaction.run(store, derived, base.map(this::holdWritersAbove).orElse(Long.MAX_VALUE));
            LOG.info("Compacted store {}: {}", dir, r.summary());
            backoff = 1;
            return Optional.of(r);
        } catch (RuntimeException e) {
            skip = backoff;
            backoff = Math.min(MAX_BACKOFF, backoff * 2);
            LOG.warn("{} Trying again in {} checks.", e.getMessage(), skip);
            return Optional.empty();
        }
    }
}
