package org.policygraph.cli;

import java.nio.file.Path;

import org.policygraph.store.PolicyGraphStore;

import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use a store. */
public final class StoreOption {

    @Option(names = "--store", paramLabel = "DIR", description = "TDB2 store folder (default: ${DEFAULT-VALUE})",
            defaultValue = "data/store")
    Path store = PolicyGraphStore.DEFAULT_LOCATION;

    /** The store folder. */
    public Path path() {
        return store;
    }
}
