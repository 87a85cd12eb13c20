package org.policygraph.cli;

import java.util.concurrent.Callable;

import org.policygraph.store.Compaction;
import org.policygraph.store.PolicyGraphStore;
import org.policygraph.store.StoreException;
import org.policygraph.store.StoreHolder;

import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code policygraph compact [--store DIR]} */
@Command(name = "compact", mixinStandardHelpOptions = true,
        description = {"Give back the space replaced documents left behind in the store.",
                "A running 'serve' holds the store and compacts it by itself (see its --compact-above)."})
public final class CompactCommand implements Callable<Integer> {

    @Mixin
    StoreOption store;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        StoreHolder.of(store.path()).ifPresent(p -> {
            throw new StoreException("Store " + store.path() + " is in use by " + StoreHolder.describe(p)
                    + "; a running 'policygraph serve' compacts it by itself when its waste passes --compact-above;"
                    + " otherwise stop that process first");
        });
        PolicyGraphStore opened;
        try {
            opened = PolicyGraphStore.openExisting(store.path());
        } catch (StoreException e) {
            throw new StoreException("Cannot compact store " + store.path() + ": " + e.getMessage(), e);
        }
        try (PolicyGraphStore s = opened) {
            Compaction.Result r = Compaction.run(s, DerivedDataWiring.of(s));
            spec.commandLine().getErr().println("Compacted " + s.location() + ": " + r.summary());
        }
        return ExitCodes.OK;
    }
}
