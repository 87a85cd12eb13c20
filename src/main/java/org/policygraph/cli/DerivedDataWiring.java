package org.policygraph.cli;

import org.policygraph.store.DerivedData;
import org.policygraph.store.PolicyGraphStore;

/**
 * The one place where the commands find what is derived from a store and must be brought in step
 * after a compaction or a restore (a full-text index beside the store): {@code compact},
 * {@code restore} and the automatic compaction of {@code serve} all take it from here.
 */
final class DerivedDataWiring {

    private DerivedDataWiring() {
    }

    /**
     * What is derived from the store in {@code storeDir}'s place: the full-text index, which lives in
     * its own folder and survives a compaction untouched, but is compared with the store again (cheap
     * when nothing drifted) so that an index that missed a change can never go unnoticed.
     */
    static DerivedData of(java.nio.file.Path storeDir) {
        return (store, cause) -> store.textIndex().reconcile(store.dataset());
    }

    /** Same, for an open store. */
    static DerivedData of(PolicyGraphStore store) {
        return of(store.location());
    }
}
