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

    /** What is derived from the store in {@code storeDir}'s place; nothing yet. */
    static DerivedData of(java.nio.file.Path storeDir) {
        return DerivedData.NONE;
    }

    /** Same, for an open store. */
    static DerivedData of(PolicyGraphStore store) {
        return of(store.location());
    }
}
