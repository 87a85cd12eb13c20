package org.policygraph.store;

/**
 * Data kept beside the store and derived from it (a full-text index, for one): what must be brought
 * in step when the store's files were rebuilt under it. Compaction keeps every quad but moves the
 * store to a new generation of files, and Jena's own text index is reported to have stopped updating
 * after one (apache/jena#1432); a restore replaces the contents altogether. Both call
 * {@link #bringInStep} once they are done, with the store open.
 */
@FunctionalInterface
public interface DerivedData {

    /** Why the store changed under the derived data. */
    enum Cause {
        /** The same quads in a new generation of files. */
        COMPACTED,
        /** Contents replaced by a snapshot. */
        RESTORED
    }

    /** Nothing is derived from the store. */
    DerivedData NONE = (store, cause) -> { };

    /** Brings the derived data in step with {@code store} after {@code cause}. */
    void bringInStep(PolicyGraphStore store, Cause cause);
}
